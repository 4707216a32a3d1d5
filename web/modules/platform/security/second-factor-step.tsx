import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { CodeField } from './code-field';
import { useVerifySecondFactor } from './use-verify-second-factor';
import './security.css';

const inputId = 'sign-in-code';

/** The sign-in page's second step, on the same page: a code from the app, or a recovery code.
 *  Success stores the signed-in person, and the sign-in page then moves on by itself. */
export function SecondFactorStep({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation('security');
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The step replaces the password form: focus goes to the field the person must fill in next.
  useEffect(() => input.current?.focus(), [recovery]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!verify.isPending) verify.mutate({ code });
  };
  const toggle = () => {
    setRecovery((old) => !old);
    setCode('');
    verify.reset();
  };
  const error = verify.error;
  const label = recovery ? t('code.recoveryLabel') : t('code.label');

  return (
    <section aria-labelledby="second-factor-heading" className="stacked">
      <Heading level={2} data-size="sm" id="second-factor-heading">
        {t('signInStep.heading')}
      </Heading>
      <Paragraph>{recovery ? t('signInStep.recoveryIntro') : t('signInStep.intro')}</Paragraph>
      {error && <FormErrorSummary key={verify.submittedAt} error={error} fields={{ code: { inputId, label } }} />}
      <form className="form" onSubmit={submit} noValidate>
        <CodeField
          ref={input}
          id={inputId}
          recovery={recovery}
          value={code}
          onChange={setCode}
          error={fieldError(error, 'code')}
        />
        <div className="button-row">
          <Button type="submit" disabled={verify.isPending} loading={verify.isPending}>
            {verify.isPending ? t('signInStep.submitting') : t('signInStep.submit')}
          </Button>
        </div>
      </form>
      <div className="button-row">
        <Button variant="tertiary" onClick={toggle}>
          {recovery ? t('code.useApp') : t('code.useRecovery')}
        </Button>
        <Button variant="tertiary" onClick={onRestart}>
          {t('signInStep.restart')}
        </Button>
      </div>
    </section>
  );
}
