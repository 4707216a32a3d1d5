import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TotpCodeBody } from '../../../../common/platform/mfa.js';
import { recoveryCodesSchema } from '../../../../common/platform/mfa.js';
import { api } from '../../../app/api';
import { mfaStatusQueryKey } from './use-mfa-status';

/** The first code turns the second factor on; the answer holds the recovery codes, shown once.
 *  From a half-way sign-in the server also renews the session, so /me is asked again afterwards
 *  (by the page, once the codes have been saved, so the page does not move away under them). */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) => api.post('/me/mfa/enrol/confirm', recoveryCodesSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusQueryKey }),
  });
}
