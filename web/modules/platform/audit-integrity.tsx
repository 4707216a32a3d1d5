import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../common/platform/audit.js';
import { fieldError, FormErrorSummary } from '../../ui/form-error-summary';
import { useFormat } from '../../ui/format';
import { StatusMessage } from '../../ui/status-message';
import { useVerifyAuditLog, type NotedHash } from './use-verify-audit-log';
import './audit.css';

/** "Check the log's integrity": runs the hash-chain check on request, shows where the chain
 *  breaks if it does, and the head to write down for comparing at a later check. */
export function AuditIntegrity() {
  const { t } = useTranslation('audit');
  const verify = useVerifyAuditLog();
  const [noted, setNoted] = useState<NotedHash>({ seq: '', hash: '' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!verify.isPending) verify.mutate(noted);
  };
  const result = verify.data;
  const status = result && !verify.isPending ? summary(result, t) : null;

  return (
    <section className="page-section" aria-labelledby="audit-integrity-heading">
      <Heading level={2} data-size="sm" id="audit-integrity-heading">
        {t('integrity.heading')}
      </Heading>
      <Paragraph>{t('integrity.intro')}</Paragraph>
      <form className="form" onSubmit={submit} noValidate>
        {verify.error && (
          <FormErrorSummary
            key={verify.submittedAt}
            error={verify.error}
            fields={{
              seq: { inputId: 'audit-noted-seq', label: t('integrity.seq') },
              hash: { inputId: 'audit-noted-hash', label: t('integrity.hash') },
            }}
          />
        )}
        <Fieldset>
          <Fieldset.Legend>{t('integrity.compareLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('integrity.compareDescription')}</Fieldset.Description>
          <Textfield
            id="audit-noted-seq"
            label={t('integrity.seq')}
            inputMode="numeric"
            autoComplete="off"
            value={noted.seq}
            onChange={(event) => setNoted({ ...noted, seq: event.target.value })}
            error={fieldError(verify.error, 'seq')}
            maxLength={20}
          />
          <Textfield
            id="audit-noted-hash"
            label={t('integrity.hash')}
            autoComplete="off"
            spellCheck={false}
            value={noted.hash}
            onChange={(event) => setNoted({ ...noted, hash: event.target.value })}
            error={fieldError(verify.error, 'hash')}
            maxLength={80}
          />
        </Fieldset>
        <div className="button-row">
          <Button type="submit" disabled={verify.isPending} loading={verify.isPending}>
            {verify.isPending ? t('integrity.checking') : t('integrity.check')}
          </Button>
        </div>
      </form>
      <StatusMessage message={status?.text} color={status?.ok ? 'success' : 'warning'} />
      {result && !verify.isPending && <AuditIntegrityFacts result={result} />}
    </section>
  );
}

type AuditT = ReturnType<typeof useTranslation<'audit'>>['t'];

function summary(result: AuditVerifyResult, t: AuditT): { text: string; ok: boolean } {
  const noted = result.noted;
  const parts = [
    result.firstBroken
      ? t('integrity.broken', { seq: result.firstBroken.seq })
      : t('integrity.ok', { count: result.entries }),
  ];
  if (noted) {
    const key = noted.matches === null ? 'unknown' : noted.matches ? 'match' : 'differs';
    parts.push(t(`integrity.noted.${key}`, { seq: noted.seq }));
  }
  return { text: parts.join(' '), ok: result.ok && noted?.matches !== false };
}

function AuditIntegrityFacts({ result }: { result: AuditVerifyResult }) {
  const { t } = useTranslation('audit');
  const { formatDateTime, formatNumber } = useFormat();
  return (
    <>
      <dl className="audit-facts">
        {result.firstBroken && (
          <div className="audit-facts__wide">
            <dt>{t('integrity.whatIsWrong')}</dt>
            <dd>{t(`integrity.kinds.${result.firstBroken.kind}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('integrity.entries')}</dt>
          <dd>{formatNumber(result.entries)}</dd>
        </div>
        <div>
          <dt>{t('integrity.unsealed')}</dt>
          <dd>{formatNumber(result.unsealed)}</dd>
        </div>
        {result.prunedToSeq > 0 && (
          <div>
            <dt>{t('integrity.pruned')}</dt>
            <dd>{t('integrity.prunedValue', { seq: result.prunedToSeq })}</dd>
          </div>
        )}
        <div>
          <dt>{t('integrity.checkedAt')}</dt>
          <dd>
            <time dateTime={result.checkedAt}>{formatDateTime(result.checkedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('integrity.head')}</dt>
          <dd>{t('integrity.headValue', { seq: result.headSeq })}</dd>
        </div>
        <div className="audit-facts__wide">
          <dt>{t('integrity.headHash', { seq: result.headSeq })}</dt>
          <dd>
            <code className="audit-hash">{result.headHash}</code>
          </dd>
        </div>
      </dl>
      <Heading level={3} data-size="xs">
        {t('integrity.writeDownHeading')}
      </Heading>
      <Paragraph>{t('integrity.writeDown')}</Paragraph>
    </>
  );
}
