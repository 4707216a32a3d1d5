import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { isAdmin, useMe } from '../modules/platform/use-me';
import { AppLink } from '../ui/app-link';
import { PageHeading } from '../ui/page-heading';

/** Hides administrator pages from others. The server checks access on every request anyway;
 *  this only spares the user a page full of errors. */
export function RequireAdmin() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (isAdmin(me)) return <Outlet />;
  return (
    <div className="page">
      <PageHeading title={t('forbidden.title')} />
      <Paragraph>{t('forbidden.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </div>
  );
}
