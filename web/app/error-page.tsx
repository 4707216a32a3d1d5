import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../modules/platform/not-found-page';
import { PageHeading } from '../ui/page-heading';

/** After a new release the old page's code chunks are gone from the server; a reload fixes it. */
function isStaleChunk(error: unknown): boolean {
  return (
    error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/** Shown instead of a page that crashed. Inside the layout when only the page failed;
 *  `standalone` when the layout itself failed, so it brings its own main landmark. */
export function ErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (!isRouteErrorResponse(error)) console.error(error);
  const content = (
    <div className="page">
      <PageHeading title={t('errorPage.title')} />
      <Paragraph>{isStaleChunk(error) ? t('errorPage.staleText') : t('errorPage.text')}</Paragraph>
      <div className="button-row">
        <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
        {/* A full page load, not client-side navigation: the app's state may be what broke. */}
        <Button variant="secondary" asChild>
          <a href="/">{t('common.backHome')}</a>
        </Button>
      </div>
    </div>
  );
  if (!standalone) return content;
  return (
    <main id="main" tabIndex={-1} className="site-main">
      {content}
    </main>
  );
}
