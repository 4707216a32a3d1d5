import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { CodeField } from './code-field';
import { RecoveryCodes } from './recovery-codes';
import { useConfirmEnrolment } from './use-confirm-enrolment';
import { useStartEnrolment } from './use-start-enrolment';
import './security.css';

const inputId = 'enrolment-code';

/** The QR code is an SVG from our own server; as a data: image it runs no script whatever it holds. */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;

interface EnrolmentProps {
  /** After the recovery codes are saved. */
  onDone: () => void;
  /** Shown instead of a generic error when the half-way session is gone (401). */
  expired?: ReactNode;
}

/** Setting up the authenticator app: scan (or type) the key, prove it with a first code, then
 *  save the recovery codes. Used at sign-in (stage 'enrol') and on the security page. */
export function Enrolment({ onDone, expired }: EnrolmentProps) {
  const { t } = useTranslation('security');
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');
  const started = useRef(false);
  // Once per mount (React's development double effect included): each start makes a new key.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start.mutate();
  }, [start]);

  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onSaved={onDone} />;
  if (start.isError) {
    if (expired && start.error instanceof ApiError && start.error.status === 401) return expired;
    return <QueryError error={start.error} onRetry={() => start.mutate()} />;
  }
  const enrolment = start.data;
  if (!enrolment) return <Loading label={t('enrol.starting')} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirm.isPending) confirm.mutate({ code });
  };
  const error = confirm.error;
  return (
    <div className="stacked enrolment">
      <section aria-labelledby="enrolment-scan" className="stacked">
        <Heading level={2} data-size="sm" id="enrolment-scan">
          {t('enrol.scanHeading')}
        </Heading>
        <Paragraph>{t('enrol.scanText')}</Paragraph>
        <img className="enrolment__qr" src={svgDataUrl(enrolment.qrSvg)} alt={t('enrol.qrAlt')} />
        <Paragraph id="enrolment-secret-label">{t('enrol.secretLabel')}</Paragraph>
        <Paragraph>
          <code className="enrolment__secret" aria-labelledby="enrolment-secret-label">
            {enrolment.secret}
          </code>
        </Paragraph>
      </section>
      <section aria-labelledby="enrolment-confirm" className="stacked">
        <Heading level={2} data-size="sm" id="enrolment-confirm">
          {t('enrol.confirmHeading')}
        </Heading>
        {error && (
          <FormErrorSummary
            key={confirm.submittedAt}
            error={error}
            fields={{ code: { inputId, label: t('code.label') } }}
          />
        )}
        <form className="form" onSubmit={submit} noValidate>
          <CodeField id={inputId} value={code} onChange={setCode} error={fieldError(error, 'code')} />
          <div className="button-row">
            <Button type="submit" disabled={confirm.isPending} loading={confirm.isPending}>
              {confirm.isPending ? t('enrol.confirming') : t('enrol.confirm')}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
