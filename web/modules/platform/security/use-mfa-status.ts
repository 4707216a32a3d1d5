import { useQuery } from '@tanstack/react-query';
import { mfaStatusSchema } from '../../../../common/platform/mfa.js';
import { api } from '../../../app/api';

// Not under ['me']: signing in keeps that key, and this one belongs to whoever was signed in before.
export const mfaStatusQueryKey = ['security', 'mfa'] as const;

export function useMfaStatus() {
  return useQuery({ queryKey: mfaStatusQueryKey, queryFn: () => api.get('/me/mfa', mfaStatusSchema) });
}
