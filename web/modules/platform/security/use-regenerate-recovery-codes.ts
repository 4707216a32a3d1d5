import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recoveryCodesSchema, type TotpCodeBody } from '../../../../common/platform/mfa.js';
import { api } from '../../../app/api';
import { mfaStatusQueryKey } from './use-mfa-status';

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) => api.post('/me/mfa/recovery-codes', recoveryCodesSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusQueryKey }),
  });
}
