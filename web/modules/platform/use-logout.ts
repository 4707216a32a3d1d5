import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../common/platform/notifications.js';
import { api } from '../../app/api';
import { meQueryKey } from './use-me';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', okSchema),
    onSettled: () => {
      // Even if the request failed the user wants out: drop everything cached about them.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
