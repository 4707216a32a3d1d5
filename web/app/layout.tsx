import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { useMe } from '../modules/platform/use-me';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useLocaleSync } from './use-locale-sync';
import { useRouteFocus } from './use-route-focus';

export const mainId = 'main';

/** The frame of every page: skip link first, then banner, main and footer landmarks. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe().data ?? null;
  useLocaleSync(me?.locale);
  useRouteFocus();
  return (
    <div className="site">
      <SkipLink href={`#${mainId}`}>{t('layout.skipToContent')}</SkipLink>
      <SiteHeader me={me} />
      {/* tabIndex -1: the skip link can move focus here, not only scroll. */}
      <main id={mainId} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
