import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TotpCodeBody } from '../../../../common/platform/mfa.js';
import { okSchema } from '../../../../common/platform/notifications.js';
import { api } from '../../../app/api';
import { meQueryKey } from '../use-me';
import { mfaStatusQueryKey } from './use-mfa-status';

export function useDisableSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) => api.post('/me/mfa/disable', okSchema, body),
    // The status and /me (which carries mfa.enrolled) both change.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: mfaStatusQueryKey });
    },
  });
}
