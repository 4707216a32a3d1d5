import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';

/** On the settings page: the way to the security page. */
export function SecuritySettingsLink() {
  const { t } = useTranslation('security');
  return (
    <section aria-labelledby="settings-security" className="page-section">
      <Heading level={2} data-size="sm" id="settings-security">
        {t('settingsHeading')}
      </Heading>
      <Paragraph>
        <AppLink to="/settings/security">{t('settingsLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
