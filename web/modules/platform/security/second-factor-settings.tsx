import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaStatus } from '../../../../common/platform/mfa.js';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { CodeForm } from './code-form';
import { Enrolment } from './enrolment';
import { RecoveryCodes } from './recovery-codes';
import { useDisableSecondFactor } from './use-disable-second-factor';
import { useMfaStatus } from './use-mfa-status';
import { useRegenerateRecoveryCodes } from './use-regenerate-recovery-codes';

/** The security page's second-factor section: its status, and turning it on or off. */
export function SecondFactorSettings() {
  const { t } = useTranslation('security');
  const status = useMfaStatus();
  const [enrolling, setEnrolling] = useState(false);
  const [message, setMessage] = useState<string>();

  let body;
  if (status.isPending) body = <Loading />;
  else if (status.isError) body = <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  else if (enrolling)
    body = (
      <Enrolment
        onDone={() => {
          setEnrolling(false);
          setMessage(t('secondFactor.turnedOn'));
        }}
      />
    );
  else if (!status.data.enrolled)
    body = (
      <div className="button-row">
        <Button
          onClick={() => {
            setMessage(undefined);
            setEnrolling(true);
          }}
        >
          {t('secondFactor.start')}
        </Button>
      </div>
    );
  else body = <Enrolled status={status.data} onTurnedOff={() => setMessage(t('secondFactor.turnedOff'))} />;

  return (
    <section aria-labelledby="second-factor-settings" className="page-section security-section stacked">
      <Heading level={2} data-size="sm" id="second-factor-settings">
        {t('secondFactor.heading')}
      </Heading>
      <Paragraph>{t('secondFactor.explanation')}</Paragraph>
      <StatusMessage message={message} />
      {body}
    </section>
  );
}

function Enrolled({ status, onTurnedOff }: { status: MfaStatus; onTurnedOff: () => void }) {
  const { t } = useTranslation('security');
  const { formatDate, formatNumber } = useFormat();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableSecondFactor();
  if (regenerate.data)
    return <RecoveryCodes codes={regenerate.data.recoveryCodes} onSaved={() => regenerate.reset()} />;
  return (
    <>
      <Paragraph>
        {status.confirmedAt ? t('secondFactor.on', { date: formatDate(status.confirmedAt) }) : t('secondFactor.off')}{' '}
        {t('secondFactor.recoveryLeft', { count: formatNumber(status.recoveryCodesLeft) })}
      </Paragraph>
      {status.required && <Paragraph>{t('secondFactor.required')}</Paragraph>}
      <CodeForm
        id="regenerate-recovery-codes"
        heading={t('secondFactor.regenerateHeading')}
        description={t('secondFactor.regenerateDescription')}
        submit={t('secondFactor.regenerate')}
        pending={regenerate.isPending}
        error={regenerate.error}
        submittedAt={regenerate.submittedAt}
        onSubmit={(code) => regenerate.mutate({ code })}
      />
      {!status.required && (
        <CodeForm
          id="turn-off-second-factor"
          heading={t('secondFactor.turnOffHeading')}
          description={t('secondFactor.turnOffDescription')}
          submit={t('secondFactor.turnOff')}
          pending={disable.isPending}
          error={disable.error}
          submittedAt={disable.submittedAt}
          onSubmit={(code) => disable.mutate({ code }, { onSuccess: onTurnedOff })}
        />
      )}
    </>
  );
}
