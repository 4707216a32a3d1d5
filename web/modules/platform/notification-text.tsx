import { useTranslation } from 'react-i18next';
import { notificationKey, type NotificationItem } from '../../../common/platform/notifications.js';

/** A notification is a catalog key plus parameters, rendered in the reader's language. A kind
 *  this version of the app does not know yet still shows something sensible. The parameters go
 *  in `replace`, so a parameter can never be taken for an i18next option (lng, ns, count...). */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  return (notification: Pick<NotificationItem, 'kind' | 'params'>): string => {
    const { ns, key } = notificationKey(notification.kind);
    if (!i18n.exists(key, { ns })) return t('notifications.unknownKind');
    return t(key, { ns, replace: notification.params });
  };
}
