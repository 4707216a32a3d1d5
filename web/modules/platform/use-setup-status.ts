import { useQuery } from '@tanstack/react-query';
import { setupStatusSchema } from '../../../common/platform/auth.js';
import { api } from '../../app/api';

export const setupStatusQueryKey = ['setup'] as const;

export function useSetupStatus(enabled = true) {
  return useQuery({
    queryKey: setupStatusQueryKey,
    queryFn: () => api.get('/setup', setupStatusSchema),
    // Setup happens once per installation; there is nothing to refresh afterwards.
    staleTime: Infinity,
    enabled,
  });
}
