import { Button, Card, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../common/platform/notifications.js';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { QueryError } from '../../ui/query-error';
import { StatusMessage } from '../../ui/status-message';
import { NotificationLink } from './notification-link';
import { useNotificationText } from './notification-text';
import { useMarkAllNotificationsRead } from './use-mark-all-notifications-read';
import { useMarkNotificationRead } from './use-mark-notification-read';
import { useNotifications } from './use-notifications';

export function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const [status, setStatus] = useState<string>();

  const markAllRead = () =>
    markAll.mutate(undefined, {
      onSuccess: () => {
        setStatus(t('notifications.allMarkedRead'));
        // The button disappears with the last unread notification; focus must not fall to <body>.
        document.querySelector<HTMLElement>('main h1')?.focus();
      },
    });

  return (
    <div className="page page--text">
      <PageHeading title={t('notifications.title')} />
      <StatusMessage message={status} />
      {notifications.isPending && <Loading />}
      {notifications.isError && <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {markAll.isError && <QueryError error={markAll.error} />}
      {notifications.data && (
        <>
          {notifications.data.unread > 0 && (
            <div className="button-row">
              <Button
                variant="secondary"
                onClick={markAllRead}
                disabled={markAll.isPending}
                loading={markAll.isPending}
              >
                {t('notifications.markAllRead')}
              </Button>
            </div>
          )}
          {notifications.data.items.length === 0 ? (
            <Paragraph>{t('notifications.empty')}</Paragraph>
          ) : (
            <ul className="plain-list">
              {notifications.data.items.map((item) => (
                <li key={item.id}>
                  <NotificationCard item={item} onMarkedRead={() => setStatus(t('notifications.markedRead'))} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function NotificationCard({ item, onMarkedRead }: { item: NotificationItem; onMarkedRead: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormat();
  const text = useNotificationText();
  const markRead = useMarkNotificationRead();
  const card = useRef<HTMLDivElement>(null);
  const mark = () =>
    markRead.mutate(item.id, {
      onSuccess: () => {
        onMarkedRead();
        // The button goes away once read; keep focus on the notification it belonged to.
        card.current?.focus();
      },
    });
  return (
    <Card
      ref={card}
      tabIndex={-1}
      className="notification-card"
      data-color={item.read ? 'neutral' : 'accent'}
      variant={item.read ? 'default' : 'tinted'}
    >
      <Paragraph>
        <NotificationLink link={item.link} onFollow={item.read ? undefined : mark}>
          {text(item)}
        </NotificationLink>
      </Paragraph>
      <div className="button-row">
        <span className="meta">
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        </span>
        {!item.read && (
          <>
            <Tag data-color="info" data-size="sm">
              {t('notifications.unread')}
            </Tag>
            <Button variant="tertiary" data-size="sm" onClick={mark} disabled={markRead.isPending}>
              {t('notifications.markRead')}
              {/* Many cards share this button; the hidden text says which notification it is. */}
              <span className="ds-sr-only">: {text(item)}</span>
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
