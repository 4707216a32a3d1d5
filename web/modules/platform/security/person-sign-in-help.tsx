import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/error-message';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { isAdmin, useMe } from '../use-me';
import { useResetSecondFactor } from './use-reset-second-factor';
import { useSetPassword } from './use-set-password';

interface PersonProps {
  person: { id: string; name: string };
  onStatus: (message: string) => void;
}

/** On a person's page, for administrators: help with signing in, a lost phone or a forgotten
 *  password. Not on one's own page: that is the security page, where a current code is asked. */
export function PersonSignInHelp({ person, onStatus }: PersonProps) {
  const { t } = useTranslation('security');
  const me = useMe().data;
  if (!isAdmin(me) || me?.id === person.id) return null;
  return (
    <section aria-labelledby="person-sign-in-help" className="page-section stacked">
      <Heading level={2} data-size="sm" id="person-sign-in-help">
        {t('person.heading')}
      </Heading>
      <ResetSecondFactor person={person} onStatus={onStatus} />
      <SetPassword person={person} onStatus={onStatus} />
    </section>
  );
}

function ResetSecondFactor({ person, onStatus }: PersonProps) {
  const { t } = useTranslation('security');
  const { t: tp } = useTranslation('platform');
  const reset = useResetSecondFactor(person.id);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const name = person.name;
  return (
    <div className="stacked">
      <Paragraph>{t('person.resetIntro', { name })}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
          {t('person.reset')}
        </Button>
      </div>
      <Dialog open={open} onClose={close} closeButton={t('person.close')} aria-labelledby={titleId}>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('person.resetTitle', { name })}
        </Heading>
        <Paragraph>{t('person.resetText', { name })}</Paragraph>
        {reset.error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorMessage(reset.error, tp)}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            data-color="danger"
            loading={reset.isPending}
            aria-disabled={reset.isPending || undefined}
            onClick={() => {
              if (reset.isPending) return;
              reset.mutate(undefined, {
                onSuccess: () => {
                  close();
                  onStatus(t('person.resetDone', { name }));
                },
              });
            }}
          >
            {t('person.reset')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('person.cancel')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

function SetPassword({ person, onStatus }: PersonProps) {
  const { t } = useTranslation('security');
  const set = useSetPassword(person.id);
  const [newPassword, setNewPassword] = useState('');
  const inputId = 'person-new-password';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (set.isPending) return;
    set.mutate(
      { newPassword },
      {
        onSuccess: () => {
          setNewPassword('');
          onStatus(t('person.passwordSet', { name: person.name }));
        },
      },
    );
  };
  const label = t('person.newPassword');
  return (
    <div className="stacked">
      <Paragraph>{t('person.passwordIntro', { name: person.name })}</Paragraph>
      {set.error ? (
        <FormErrorSummary key={set.submittedAt} error={set.error} fields={{ newPassword: { inputId, label } }} />
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <Textfield
          id={inputId}
          type="password"
          label={label}
          description={t('password.newDescription')}
          // Not the administrator's own password: no password manager should save or fill it.
          autoComplete="off"
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldError(set.error, 'newPassword')}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" disabled={set.isPending} loading={set.isPending}>
            {t('person.setPassword')}
          </Button>
        </div>
      </form>
    </div>
  );
}
