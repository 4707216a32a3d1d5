import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionPolicy } from '../../../../common/platform/privacy.js';
import { errorMessage } from '../../../ui/error-message';
import { fieldError } from '../../../ui/form-error-summary';
import { useFormat } from '../../../ui/format';
import { useUpdateRetention } from './use-update-retention';

/** One data class: what it is, how long it is kept, and (unless fixed) a field to change that.
 *  The range is said next to the field, and the server's message names it again if missed. */
export function RetentionClassForm({
  policy,
  onSaved,
}: {
  policy: RetentionPolicy;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('privacy');
  const { t: tp } = useTranslation('platform');
  const { formatDateTime } = useFormat();
  const id = useId();
  const text = (part: 'name' | 'description') =>
    t(`retention.classes.${policy.textKey}.${part}`, { ns: policy.namespace });
  const name = text('name');
  const [days, setDays] = useState(String(policy.days));
  const update = useUpdateRetention(policy.dataClass);
  const fixed = policy.minDays === policy.maxDays;
  const daysError = fieldError(update.error, 'days');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    // What is not a number is sent as typed (or null when empty), so the server's message says
    // what is wrong with it: required, not a number, or outside the range.
    const typed = days.trim();
    const number = Number(typed.replace(',', '.'));
    update.mutate(typed === '' ? null : Number.isFinite(number) ? number : typed, {
      onSuccess: (saved) => onSaved(t('retention.saved', { name, days: saved.days })),
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="page-section privacy-retention">
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {name}
      </Heading>
      <Paragraph>{text('description')}</Paragraph>
      {fixed ? (
        <Paragraph>
          <strong>{t('retention.days', { count: policy.days })}</strong> {t('retention.fixed')}
        </Paragraph>
      ) : (
        <form noValidate onSubmit={submit} className="privacy-retention__form">
          <Textfield
            id={`${id}-days`}
            className="privacy-retention__days"
            label={t('retention.daysLabel')}
            description={t('retention.range', {
              minimum: policy.minDays,
              maximum: policy.maxDays,
              default: policy.defaultDays,
            })}
            inputMode="numeric"
            autoComplete="off"
            value={days}
            onChange={(event) => setDays(event.target.value)}
            error={daysError}
          />
          <Button type="submit" loading={update.isPending} aria-label={t('retention.saveFor', { name })}>
            {t('retention.save')}
          </Button>
        </form>
      )}
      {update.isError && !daysError ? <Alert data-color="danger">{errorMessage(update.error, tp)}</Alert> : null}
      <Paragraph data-size="sm" className="meta">
        {policy.updatedAt
          ? policy.updatedByName
            ? t('retention.changed', { time: formatDateTime(policy.updatedAt), name: policy.updatedByName })
            : t('retention.changedBySystem', { time: formatDateTime(policy.updatedAt) })
          : t('retention.usingDefault')}
      </Paragraph>
    </section>
  );
}
