import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeInternalPath } from '../../app/safe-path';
import { fieldError, FormErrorSummary } from '../../ui/form-error-summary';
import { Loading } from '../../ui/loading';
import { PageHeading } from '../../ui/page-heading';
import { useLogin } from './use-login';
import { useMe } from './use-me';
import { OidcSignIn } from './oidc-sign-in';
import { useSetupStatus } from './use-setup-status';
import { enrolPath } from './security/enrol-path';
import { SecondFactorStep } from './security/second-factor-step';

const ids = { email: 'sign-in-email', password: 'sign-in-password' } as const;

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeInternalPath(params.get('next'));
  const me = useMe();
  const setup = useSetupStatus();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const navigate = useNavigate();
  // The second step: after the password here, or after the identity provider (?step=mfa).
  const [step, setStep] = useState<'password' | 'mfa'>(() => (params.get('step') === 'mfa' ? 'mfa' : 'password'));

  // Signed in already, or just now: go where the user was heading.
  if (me.data) return <Navigate to={next} replace />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (params.get('step') === 'enrol') return <Navigate to={enrolPath(next)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate(
      { email, password },
      {
        onSuccess: (result) => {
          if (result.stage === 'mfa') {
            setPassword(''); // not needed any more, so not kept in memory
            setStep('mfa');
          }
          if (result.stage === 'enrol') void navigate(enrolPath(next));
        },
      },
    );
  };
  const restart = () => {
    setStep('password');
    setPassword('');
    login.reset();
  };
  const error = login.error;
  const fields = {
    email: { inputId: ids.email, label: t('signIn.email') },
    password: { inputId: ids.password, label: t('signIn.password') },
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('signIn.title')} />
      {step === 'password' && <Paragraph>{t('signIn.intro')}</Paragraph>}
      {me.isPending && <Loading />}
      {step === 'mfa' && !me.isPending && <SecondFactorStep onRestart={restart} />}
      {/* A new key per failed attempt re-mounts the summary, which then takes focus again. */}
      {step === 'password' && error && <FormErrorSummary key={login.submittedAt} error={error} fields={fields} />}
      {step === 'password' && <OidcSignIn next={next} />}
      <form className="form" onSubmit={submit} noValidate hidden={step !== 'password'}>
        <Textfield
          id={ids.email}
          name="email"
          type="email"
          label={fields.email.label}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(error, 'email')}
        />
        <Textfield
          id={ids.password}
          name="password"
          type="password"
          label={fields.password.label}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError(error, 'password')}
        />
        <div className="button-row">
          <Button type="submit" disabled={login.isPending} loading={login.isPending}>
            {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
