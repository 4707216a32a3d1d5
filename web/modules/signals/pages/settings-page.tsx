import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holidayCountries, isHolidayCountry, type HolidayCountry } from '../../../../common/signals/holidays.js';
import { signalLimits } from '../../../../common/signals/signals.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { FormShell } from '../../org/components/form-shell';
import { useFormFields } from '../../org/lib/use-form-fields';
import { retryFor } from '../../org/lib/retry';
import { useSignalSettings } from '../api/use-signal-settings';
import { useUpdateSignalSettings } from '../api/use-update-signal-settings';
import '../../org/org.css';

/** /signals/settings (administrators): how many working days leaders have for a first answer,
 *  and whose public holidays are not working days. */
export function SignalSettingsPage() {
  const { t } = useTranslation('signals');
  const settings = useSignalSettings();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('settings.title')} />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={retryFor(settings)} /> : null}
      {settings.data ? <SettingsForm {...settings.data} /> : null}
    </div>
  );
}

function SettingsForm(props: { answerDays: number; holidayCountry: HolidayCountry }) {
  const { t } = useTranslation('signals');
  const update = useUpdateSignalSettings();
  const [value, setValue] = useState(String(props.answerDays));
  const [country, setCountry] = useState<HolidayCountry>(props.holidayCountry);
  const [status, setStatus] = useState<string | null>(null);
  const fields = useFormFields(
    { answerDays: t('settings.answerDaysLabel'), holidayCountry: t('settings.holidayCountryLabel') },
    update.error,
  );
  const countryInput = fields.input('holidayCountry');
  const submit = () => {
    setStatus(null);
    // Sent as typed (a number, or null when it is not one): the server names the field if it is wrong.
    const days = Number(value.trim());
    update.mutate(
      { answerDays: value.trim() === '' || !Number.isFinite(days) ? Number.NaN : days, holidayCountry: country },
      { onSuccess: () => setStatus(t('settings.saved')) },
    );
  };
  return (
    <>
      <StatusMessage message={status} />
      <FormShell
        error={update.error}
        fields={fields.summary}
        pending={update.isPending}
        submitLabel={t('settings.save')}
        onSubmit={submit}
      >
        <Textfield
          {...fields.input('answerDays')}
          type="number"
          inputMode="numeric"
          min={signalLimits.answerDaysMin}
          max={signalLimits.answerDaysMax}
          label={t('settings.answerDaysLabel')}
          description={t('settings.answerDaysHint')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <Field>
          <Label htmlFor={countryInput.id}>{t('settings.holidayCountryLabel')}</Label>
          <Field.Description>{t('settings.holidayCountryHint')}</Field.Description>
          <Select
            id={countryInput.id}
            aria-invalid={countryInput.error ? true : undefined}
            value={country}
            onChange={(event) => {
              if (isHolidayCountry(event.target.value)) setCountry(event.target.value);
            }}
          >
            {holidayCountries.map((code) => (
              <Select.Option key={code} value={code}>
                {t(`settings.countries.${code}`)}
              </Select.Option>
            ))}
          </Select>
          {countryInput.error ? <ValidationMessage>{countryInput.error}</ValidationMessage> : null}
        </Field>
      </FormShell>
    </>
  );
}
