import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalDetail } from '../../../../common/signals/signals.js';
import { BusyButton } from '../../org/components/busy-button';
import { FormShell } from '../../org/components/form-shell';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useMeToo } from '../api/use-me-too';
import { useWithdrawMeToo } from '../api/use-withdraw-me-too';
import { minutesFromHours } from '../lib/hours';
import { localErrors } from '../lib/local-errors';

/** "Me too" on an obstacle, optionally with what it costs me per week, so leaders see how
 *  widespread it is; said again it updates the time, and it can be withdrawn. */
export function MeTooSection({ signal, onStatus }: { signal: SignalDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const confirm = useMeToo();
  const withdraw = useWithdrawMeToo();
  const [hours, setHours] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? confirm.error ?? withdraw.error;
  const fields = useFormFields({ minutesPerWeek: t('meToo.hoursLabel') }, error);
  const { mine, count } = signal.meToo;

  const submit = () => {
    const parsed = minutesFromHours(hours);
    const local = parsed.ok
      ? null
      : localErrors(
          [{ field: 'minutesPerWeek', message: t('raise.hoursInvalid') }],
          t('form.checkFields', { ns: 'org' }),
        );
    setLocalError(local);
    if (!parsed.ok) return;
    confirm.mutate(
      { id: signal.id, minutesPerWeek: parsed.minutes },
      { onSuccess: () => onStatus(mine ? t('meToo.saved') : t('meToo.added')) },
    );
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('meToo.heading')}
      </Heading>
      <Paragraph>{t('meToo.count', { count })}</Paragraph>
      {mine ? <Paragraph>{t('meToo.mine')}</Paragraph> : <Paragraph>{t('meToo.intro')}</Paragraph>}
      {mine || signal.can.meToo ? (
        <FormShell
          error={error}
          fields={fields.summary}
          pending={confirm.isPending}
          submitLabel={mine ? t('meToo.update') : t('meToo.submit')}
          onSubmit={submit}
        >
          <Textfield
            {...fields.input('minutesPerWeek')}
            label={t('meToo.hoursLabel')}
            description={t('raise.hoursHint')}
            inputMode="decimal"
            autoComplete="off"
            value={hours}
            onChange={(event) => setHours(event.target.value)}
          />
        </FormShell>
      ) : null}
      {mine ? (
        <div className="button-row">
          <BusyButton
            variant="secondary"
            pending={withdraw.isPending}
            onClick={() => withdraw.mutate(signal.id, { onSuccess: () => onStatus(t('meToo.withdrawn')) })}
          >
            {t('meToo.withdraw')}
          </BusyButton>
        </div>
      ) : null}
    </section>
  );
}
