import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeNames, locales, type Locale } from '../../../common/i18n/locales.js';
import { notificationModes, type Me } from '../../../common/platform/auth.js';
import { applyLocale, currentLocale } from '../../app/i18n';
import { rememberLocale } from '../../app/locale-preference';
import { FormErrorSummary } from '../../ui/form-error-summary';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { useMe } from './use-me';
import { OidcConnection } from './oidc-connection';
import { SecuritySettingsLink } from './security/security-settings-link';
import { useUpdatePreferences } from './use-update-preferences';

type NotificationMode = Me['notificationMode'];

export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <div className="page page--text">
      <PageHeading title={t('settings.title')} />
      {me ? <SettingsForm me={me} /> : <Loading />}
      {me ? <OidcConnection /> : null}
      {me ? <SecuritySettingsLink /> : null}
    </div>
  );
}

function SettingsForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdatePreferences();
  const [locale, setLocale] = useState<Locale>(me.locale ?? currentLocale());
  const [mode, setMode] = useState<NotificationMode>(me.notificationMode);
  const [status, setStatus] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setStatus(undefined);
    update.mutate(
      { locale, notificationMode: mode },
      {
        onSuccess: () => {
          rememberLocale(locale);
          // Said after the switch, so the confirmation is in the language just chosen.
          void applyLocale(locale).then(() => setStatus(t('settings.saved', { lng: locale })));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <StatusMessage message={status} />
      {update.error && <FormErrorSummary key={update.submittedAt} error={update.error} fields={{}} />}
      <Fieldset>
        <Fieldset.Legend>{t('settings.languageLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.languageDescription')}</Fieldset.Description>
        {locales.map((value) => (
          <Radio
            key={value}
            name="locale"
            value={value}
            label={<span lang={value}>{localeNames[value]}</span>}
            checked={locale === value}
            onChange={() => setLocale(value)}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('settings.deliveryLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.deliveryDescription')}</Fieldset.Description>
        {notificationModes.map((value) => (
          <Radio
            key={value}
            name="notificationMode"
            value={value}
            label={t(`settings.modes.${value}.label`)}
            description={t(`settings.modes.${value}.description`)}
            checked={mode === value}
            onChange={() => setMode(value)}
          />
        ))}
      </Fieldset>
      <div className="button-row">
        <Button type="submit" disabled={update.isPending} loading={update.isPending}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
