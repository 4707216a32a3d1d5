import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../use-me';
import './privacy.css';

/** The address of a person's access-request file. A plain link: the browser's own download sends
 *  the session cookie and takes the file name from the server. */
export const accessRequestUrl = (personId: string) => `/api/v1/people/${encodeURIComponent(personId)}/access-request`;

/** For administrators on a person's page: download everything Tillit holds about the person
 *  (GDPR art. 15), and what by design is not in it. Renders nothing for anyone else. */
export function AccessRequestDownload({ person }: { person: { id: string; name: string } }) {
  const { t } = useTranslation('privacy');
  const me = useMe().data;
  if (!isAdmin(me)) return null;
  return (
    <section aria-labelledby="privacy-access-request" className="page-section privacy-access-request">
      <Heading level={2} data-size="sm" id="privacy-access-request">
        {t('accessRequest.heading')}
      </Heading>
      <Paragraph>{t('accessRequest.intro', { name: person.name })}</Paragraph>
      <Paragraph>{t('accessRequest.anonymousData')}</Paragraph>
      <div className="button-row">
        <Button asChild variant="secondary">
          <a
            href={accessRequestUrl(person.id)}
            download
            aria-label={t('accessRequest.downloadFor', { name: person.name })}
          >
            {t('accessRequest.download')}
          </a>
        </Button>
      </div>
    </section>
  );
}
