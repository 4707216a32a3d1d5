import { Textfield } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

interface CodeFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** A recovery code (letters and digits) instead of the app's six digits. */
  recovery?: boolean;
}

/** The one-time code from the authenticator app: the phone's number pad, and the code the
 *  phone offers from an SMS or the app where the platform supports it (autocomplete). */
export const CodeField = forwardRef<HTMLInputElement, CodeFieldProps>(function CodeField(
  { id, value, onChange, error, recovery = false },
  ref,
) {
  const { t } = useTranslation('security');
  return (
    <Textfield
      ref={ref}
      id={id}
      name={recovery ? 'recovery-code' : 'one-time-code'}
      className={recovery ? 'code-field code-field--recovery' : 'code-field'}
      label={recovery ? t('code.recoveryLabel') : t('code.label')}
      description={recovery ? t('code.recoveryDescription') : t('code.description')}
      autoComplete={recovery ? 'off' : 'one-time-code'}
      inputMode={recovery ? 'text' : 'numeric'}
      autoCapitalize={recovery ? 'characters' : 'off'}
      spellCheck={false}
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
});
