import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/platform/auth.js';
import type { NeedsMeItem } from '../../../common/platform/notifications.js';
import { AppLink } from '../../ui/app-link';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { QueryError } from '../../ui/query-error';
import { NotificationLink } from './notification-link';
import { useNotificationText } from './notification-text';
import { useMe } from './use-me';
import { useNeedsMe } from './use-needs-me';
import { useNotifications } from './use-notifications';

const latestUnreadCount = 5;

/** The start page answers one question first: what needs me now? */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <div className="page">
      <PageHeading title={t('home.title')}>{me ? t('home.greeting', { name: me.name }) : t('home.title')}</PageHeading>
      <NeedsMeSection />
      <UnreadSection />
      {me && <MyUnitsSection me={me} />}
    </div>
  );
}

function NeedsMeSection() {
  const { t } = useTranslation();
  const needsMe = useNeedsMe();
  return (
    <section className="page-section" aria-labelledby="needs-me-heading">
      <Heading level={2} data-size="sm" id="needs-me-heading">
        {t('home.needsMeHeading')}
      </Heading>
      {needsMe.isPending && <Loading />}
      {needsMe.isError && <QueryError error={needsMe.error} onRetry={() => void needsMe.refetch()} />}
      {needsMe.data &&
        (needsMe.data.items.length === 0 ? (
          <Paragraph>{t('home.needsMeEmpty')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {needsMe.data.items.map((item) => (
              <li key={`${item.module}:${item.kind}:${item.link}`}>
                <NeedsMeCard item={item} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function NeedsMeCard({ item }: { item: NeedsMeItem }) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormat();
  // The module's own word for what kind of item this is ("Waiting for your answer"), when it has one.
  const kindKey = `needsMeKinds.${item.kind}`;
  const kindLabel = i18n.exists(kindKey, { ns: item.module }) ? t(kindKey, { ns: item.module }) : null;
  return (
    <Card data-color={item.overdue ? 'danger' : 'neutral'}>
      {kindLabel && <span className="meta">{kindLabel}</span>}
      <Paragraph>
        <NotificationLink link={item.link}>{item.title}</NotificationLink>
      </Paragraph>
      {(item.dueAt || item.overdue) && (
        <div className="button-row">
          {item.dueAt && <span className="meta">{t('home.due', { date: formatDate(item.dueAt) })}</span>}
          {item.overdue && (
            <Tag data-color="danger" data-size="sm">
              {t('home.overdue')}
            </Tag>
          )}
        </div>
      )}
    </Card>
  );
}

function UnreadSection() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const text = useNotificationText();
  const { formatDateTime } = useFormat();
  const unread = notifications.data?.items.filter((item) => !item.read).slice(0, latestUnreadCount) ?? [];
  return (
    <section className="page-section" aria-labelledby="unread-heading">
      <Heading level={2} data-size="sm" id="unread-heading">
        {t('home.unreadHeading')}
      </Heading>
      {notifications.isPending && <Loading />}
      {notifications.isError && <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {notifications.data &&
        (unread.length === 0 ? (
          <Paragraph>{t('home.unreadEmpty')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {unread.map((item) => (
              <li key={item.id} className="stacked">
                <NotificationLink link={item.link}>{text(item)}</NotificationLink>
                <span className="meta">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        ))}
      <Paragraph>
        <AppLink to="/notifications">{t('home.allNotifications')}</AppLink>
      </Paragraph>
    </section>
  );
}

function MyUnitsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section className="page-section" aria-labelledby="my-units-heading">
      <Heading level={2} data-size="sm" id="my-units-heading">
        {t('home.myUnitsHeading')}
      </Heading>
      {me.memberships.length === 0 ? (
        <Paragraph>{t('home.myUnitsEmpty')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {me.memberships.map((membership) => (
            <li key={`${membership.unitId}:${membership.role}`} className="stacked">
              <AppLink to={`/org/units/${membership.unitId}`}>{membership.unitName}</AppLink>
              <span className="meta">{t(`membershipRoles.${membership.role}`, { ns: 'org' })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
