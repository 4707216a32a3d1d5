import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { StatusMessage } from '../../../ui/status-message';
import { useChangePassword } from './use-change-password';

const ids = { currentPassword: 'current-password', newPassword: 'new-password' } as const;

/** Changing one's own password: every other session ends, this one is renewed by the server. */
export function ChangePasswordForm() {
  const { t } = useTranslation('security');
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [message, setMessage] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    setMessage(undefined);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setMessage(t('password.changed'));
        },
      },
    );
  };
  const error = change.error;
  const fields = {
    currentPassword: { inputId: ids.currentPassword, label: t('password.current') },
    newPassword: { inputId: ids.newPassword, label: t('password.new') },
  };

  return (
    <section aria-labelledby="change-password" className="page-section security-section stacked">
      <Heading level={2} data-size="sm" id="change-password">
        {t('password.heading')}
      </Heading>
      <Paragraph>{t('password.intro')}</Paragraph>
      <StatusMessage message={message} />
      {error && <FormErrorSummary key={change.submittedAt} error={error} fields={fields} />}
      <form className="form" onSubmit={submit} noValidate>
        {/* Password managers look for the account name beside a password change. */}
        <Textfield
          id={ids.currentPassword}
          name="current-password"
          type="password"
          label={fields.currentPassword.label}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldError(error, 'currentPassword')}
        />
        <Textfield
          id={ids.newPassword}
          name="new-password"
          type="password"
          label={fields.newPassword.label}
          description={t('password.newDescription')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldError(error, 'newPassword')}
        />
        <div className="button-row">
          <Button type="submit" disabled={change.isPending} loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
