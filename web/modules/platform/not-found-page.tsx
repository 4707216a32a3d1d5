import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { PageHeading } from '../../ui/page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--text">
      <PageHeading title={t('notFound.title')} />
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </div>
  );
}
