import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../common/platform/notifications.js';
import { api } from '../../app/api';
import { notificationsQueryKey } from './use-notifications';

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/notifications/read-all', okSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
