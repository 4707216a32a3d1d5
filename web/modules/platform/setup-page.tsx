import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isLocale, localeNames, locales, type Locale } from '../../../common/i18n/locales.js';
import type { SetupBody } from '../../../common/platform/auth.js';
import { currentLocale } from '../../app/i18n';
import { fieldError, FormErrorSummary } from '../../ui/form-error-summary';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { QueryError } from '../../ui/query-error';
import { useSetup } from './use-setup';
import { useSetupStatus } from './use-setup-status';
import { enrolPath } from './security/enrol-path';

const ids = {
  organisationName: 'setup-organisation-name',
  defaultLocale: 'setup-default-locale',
  adminName: 'setup-admin-name',
  adminEmail: 'setup-admin-email',
  adminPassword: 'setup-admin-password',
} as const;

/** First run: names the organisation and creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const setup = useSetup();
  const [form, setForm] = useState<SetupBody>(() => ({
    organisationName: '',
    defaultLocale: currentLocale(),
    adminName: '',
    adminEmail: '',
    adminPassword: '',
  }));

  if (status.isPending) return <Loading />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  // The administrator's role requires a second factor: set it up before anything else.
  if (setup.data && setup.data.stage !== 'full') return <Navigate to={enrolPath('/')} replace />;
  // Once set up (also right after this form succeeds) the page has no purpose.
  if (!status.data.needsSetup) return <Navigate to="/" replace />;

  const set = <K extends keyof SetupBody>(key: K, value: SetupBody[K]) => setForm((old) => ({ ...old, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!setup.isPending) setup.mutate(form);
  };
  const error = setup.error;
  const fields = {
    organisationName: { inputId: ids.organisationName, label: t('setup.organisationName') },
    defaultLocale: { inputId: ids.defaultLocale, label: t('setup.defaultLocale') },
    adminName: { inputId: ids.adminName, label: t('setup.adminName') },
    adminEmail: { inputId: ids.adminEmail, label: t('setup.adminEmail') },
    adminPassword: { inputId: ids.adminPassword, label: t('setup.adminPassword') },
  };
  const localeError = fieldError(error, 'defaultLocale');

  return (
    <div className="page page--narrow">
      <PageHeading title={t('setup.title')} />
      <Paragraph>{t('setup.intro')}</Paragraph>
      {error && <FormErrorSummary key={setup.submittedAt} error={error} fields={fields} />}
      <form className="form" onSubmit={submit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('setup.organisationLegend')}</Fieldset.Legend>
          <Textfield
            id={ids.organisationName}
            label={fields.organisationName.label}
            autoComplete="organization"
            required
            value={form.organisationName}
            onChange={(event) => set('organisationName', event.target.value)}
            error={fieldError(error, 'organisationName')}
          />
          <Field>
            <Label htmlFor={ids.defaultLocale}>{fields.defaultLocale.label}</Label>
            <Field.Description>{t('setup.defaultLocaleDescription')}</Field.Description>
            <Select
              id={ids.defaultLocale}
              value={form.defaultLocale}
              aria-invalid={localeError ? true : undefined}
              onChange={(event) => {
                const value = event.target.value;
                if (isLocale(value)) set('defaultLocale', value);
              }}
            >
              {locales.map((locale: Locale) => (
                <Select.Option key={locale} value={locale} lang={locale}>
                  {localeNames[locale]}
                </Select.Option>
              ))}
            </Select>
            {localeError && <ValidationMessage>{localeError}</ValidationMessage>}
          </Field>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('setup.adminLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('setup.adminDescription')}</Fieldset.Description>
          <Textfield
            id={ids.adminName}
            label={fields.adminName.label}
            autoComplete="name"
            required
            value={form.adminName}
            onChange={(event) => set('adminName', event.target.value)}
            error={fieldError(error, 'adminName')}
          />
          <Textfield
            id={ids.adminEmail}
            type="email"
            label={fields.adminEmail.label}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            value={form.adminEmail}
            onChange={(event) => set('adminEmail', event.target.value)}
            error={fieldError(error, 'adminEmail')}
          />
          <Textfield
            id={ids.adminPassword}
            type="password"
            label={fields.adminPassword.label}
            description={t('setup.passwordRule')}
            autoComplete="new-password"
            required
            minLength={12}
            maxLength={128}
            value={form.adminPassword}
            onChange={(event) => set('adminPassword', event.target.value)}
            error={fieldError(error, 'adminPassword')}
          />
        </Fieldset>
        <div className="button-row">
          <Button type="submit" disabled={setup.isPending} loading={setup.isPending}>
            {t('setup.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
