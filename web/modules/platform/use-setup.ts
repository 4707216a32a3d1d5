import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loginResultSchema, type SetupBody } from '../../../common/platform/auth.js';
import { api } from '../../app/api';
import { meQueryKey } from './use-me';
import { setupStatusQueryKey } from './use-setup-status';

/** First run: creates the organisation and its first administrator, who is then signed in, or,
 *  when the administrator role requires a second factor, half-way and sent to set it up. */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupBody) => api.post('/setup', loginResultSchema, body),
    onSuccess: (result) => {
      queryClient.setQueryData(setupStatusQueryKey, { needsSetup: false });
      if (result.stage === 'full') queryClient.setQueryData(meQueryKey, result.me);
    },
  });
}
