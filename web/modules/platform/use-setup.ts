import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meSchema, type SetupBody } from '../../../common/platform/auth.js';
import { api } from '../../app/api';
import { meQueryKey } from './use-me';
import { setupStatusQueryKey } from './use-setup-status';

/** First run: creates the organisation and its first administrator, who is then signed in. */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupBody) => api.post('/setup', meSchema, body),
    onSuccess: (me) => {
      queryClient.setQueryData(setupStatusQueryKey, { needsSetup: false });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
