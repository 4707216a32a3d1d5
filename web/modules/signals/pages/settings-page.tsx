import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** /signals/settings (administrators): how many working days leaders have for a first answer. */
export function SignalSettingsPage() {
  const { t } = useTranslation('signals');
  const settings = useSignalSettings();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('settings.title')} />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={retryFor(settings)} /> : null}
      {settings.data ? <SettingsForm answerDays={settings.data.answerDays} /> : null}
    </div>
  );
}

function SettingsForm({ answerDays }: { answerDays: number }) {
  const { t } = useTranslation('signals');
  const update = useUpdateSignalSettings();
  const [value, setValue] = useState(String(answerDays));
  const [status, setStatus] = useState<string | null>(null);
  const fields = useFormFields({ answerDays: t('settings.answerDaysLabel') }, update.error);
  const submit = () => {
    setStatus(null);
    // Sent as typed (a number, or null when it is not one): the server names the field if it is wrong.
    const days = Number(value.trim());
    update.mutate(
      { answerDays: value.trim() === '' || !Number.isFinite(days) ? Number.NaN : days },
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
      </FormShell>
    </>
  );
}
