import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../common/platform/notifications.js';
import { api } from '../../app/api';
import { notificationsQueryKey } from './use-notifications';

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${encodeURIComponent(id)}/read`, okSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
