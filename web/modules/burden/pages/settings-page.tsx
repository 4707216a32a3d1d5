import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BurdenSettings } from '../../../../common/burden/api.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { retryFor } from '../../org/lib/retry';
import { localErrors, type FieldProblem } from '../../signals/lib/local-errors';
import { useBurdenSettings, useUpdateBurdenSettings } from '../api/use-overview';
import '../../org/org.css';
import '../burden.css';

/** /burden/settings (administrators): the hours in a full-time year and the cost of an hour. */
export function SettingsPage() {
  const { t } = useTranslation('burden');
  const settings = useBurdenSettings();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('settings.title')} />
      <Paragraph>{t('settings.intro')}</Paragraph>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={retryFor(settings)} /> : null}
      {settings.data ? (
        <SettingsForm key={`${settings.data.hoursPerFte}-${settings.data.hourlyCost ?? ''}`} settings={settings.data} />
      ) : null}
    </div>
  );
}

function SettingsForm({ settings }: { settings: BurdenSettings }) {
  const { t } = useTranslation('burden');
  const update = useUpdateBurdenSettings();
  const [hoursPerFte, setHoursPerFte] = useState(String(settings.hoursPerFte));
  const [hourlyCost, setHourlyCost] = useState(settings.hourlyCost === null ? '' : String(settings.hourlyCost));
  const [status, setStatus] = useState<string | null>(null);
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? update.error;
  const fields = useFormFields({ hoursPerFte: t('settings.hoursPerFte'), hourlyCost: t('settings.hourlyCost') }, error);
  const submit = () => {
    const hours = /^\d+$/.test(hoursPerFte.trim()) ? Number(hoursPerFte.trim()) : null;
    const cost = hourlyCost.trim() === '' ? null : /^\d+$/.test(hourlyCost.trim()) ? Number(hourlyCost.trim()) : 'bad';
    const problems: FieldProblem[] = [];
    if (hours === null) problems.push({ field: 'hoursPerFte', message: t('form.wholeNumber') });
    if (cost === 'bad') problems.push({ field: 'hourlyCost', message: t('form.wholeNumber') });
    const local = localErrors(problems, t('form.checkFields'));
    setLocalError(local);
    setStatus(null);
    if (local || hours === null || cost === 'bad') return;
    update.mutate({ hoursPerFte: hours, hourlyCost: cost }, { onSuccess: () => setStatus(t('settings.saved')) });
  };
  return (
    <>
      <StatusMessage message={status} />
      <FormShell
        error={error}
        fields={fields.summary}
        pending={update.isPending}
        submitLabel={t('form.save')}
        cancelTo="/burden"
        onSubmit={submit}
      >
        <Textfield
          {...fields.input('hoursPerFte')}
          label={<RequiredLabel text={t('settings.hoursPerFte')} />}
          description={t('settings.hoursPerFteHint')}
          inputMode="numeric"
          value={hoursPerFte}
          onChange={(event) => setHoursPerFte(event.target.value)}
        />
        <Textfield
          {...fields.input('hourlyCost')}
          label={t('settings.hourlyCost')}
          description={t('settings.hourlyCostHint')}
          inputMode="numeric"
          value={hourlyCost}
          onChange={(event) => setHourlyCost(event.target.value)}
        />
      </FormShell>
    </>
  );
}
