import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { barometerSettingsSchema } from '../../../../common/barometer/api.js';
import { fieldError } from '../../../ui/form-error-summary';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { FormShell } from '../../org/components/form-shell';
import { retryFor } from '../../org/lib/retry';
import { useBarometerSettings, useUpdateBarometerSettings } from '../api/admin-api';
import '../../org/org.css';
import '../barometer.css';

type Settings = z.infer<typeof barometerSettingsSchema>;

/** /barometer/settings (administrators): the organisation's anonymity thresholds for new waves. */
export function BarometerSettingsPage() {
  const { t } = useTranslation('barometer');
  const settings = useBarometerSettings();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="page page--narrow">
      <PageHeading title={t('settings.title')} />
      <StatusMessage message={status} />
      <Paragraph>{t('settings.intro')}</Paragraph>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={retryFor(settings)} /> : null}
      {settings.data ? <SettingsForm settings={settings.data} onSaved={() => setStatus(t('settings.saved'))} /> : null}
    </div>
  );
}

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const { t } = useTranslation('barometer');
  const update = useUpdateBarometerSettings();
  const [minGroup, setMinGroup] = useState(String(settings.minGroup));
  const [minComments, setMinComments] = useState(String(settings.minComments));
  const groupId = useId();
  const commentsId = useId();
  return (
    <FormShell
      error={update.error}
      fields={{
        minGroup: { inputId: groupId, label: t('settings.minGroupLabel') },
        minComments: { inputId: commentsId, label: t('settings.minCommentsLabel') },
      }}
      pending={update.isPending}
      submitLabel={t('settings.save')}
      onSubmit={() =>
        update.mutate({ minGroup: Number(minGroup), minComments: Number(minComments) }, { onSuccess: onSaved })
      }
    >
      <Textfield
        id={groupId}
        type="number"
        inputMode="numeric"
        min={3}
        label={t('settings.minGroupLabel')}
        value={minGroup}
        error={fieldError(update.error, 'minGroup')}
        onChange={(event) => setMinGroup(event.target.value)}
      />
      <Textfield
        id={commentsId}
        type="number"
        inputMode="numeric"
        min={3}
        label={t('settings.minCommentsLabel')}
        value={minComments}
        error={fieldError(update.error, 'minComments')}
        onChange={(event) => setMinComments(event.target.value)}
      />
    </FormShell>
  );
}
