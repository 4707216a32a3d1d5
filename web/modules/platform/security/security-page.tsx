import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/page-heading';
import { ChangePasswordForm } from './change-password-form';
import { SecondFactorSettings } from './second-factor-settings';
import './security.css';

/** Settings > Security: the second factor and the password. */
export function SecurityPage() {
  const { t } = useTranslation('security');
  return (
    <div className="page page--text">
      <PageHeading title={t('title')} />
      <Paragraph>{t('intro')}</Paragraph>
      <SecondFactorSettings />
      <ChangePasswordForm />
    </div>
  );
}
