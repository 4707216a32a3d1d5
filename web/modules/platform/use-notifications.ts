import { useQuery } from '@tanstack/react-query';
import { notificationListSchema } from '../../../common/platform/notifications.js';
import { api } from '../../app/api';

export const notificationsQueryKey = ['notifications'] as const;

/** Also feeds the unread badge in the header, so it refreshes now and then while the tab is open. */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsQueryKey,
    queryFn: () => api.get('/notifications', notificationListSchema),
    refetchInterval: 120_000,
    enabled,
  });
}
