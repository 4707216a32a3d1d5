import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiTokenScopes, type ApiTokenScope, type CreateApiTokenBody } from '../../../../common/platform/tokens.js';
import { ApiError } from '../../../app/api';
import { FormErrorSummary, fieldError } from '../../../ui/form-error-summary';
import { scopeKey } from './scope-labels';

const ids = { name: 'api-token-name', scopes: 'api-token-scope-0', expires: 'api-token-expires' } as const;

/** A calendar day in the reader's own time zone, as yyyy-mm-dd for a date input. */
function dayInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysFromNow(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date;
}

/** "Valid until and including" a day means until the end of that day where the reader is. */
function endOfDay(day: string): string | null {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return null;
  return new Date(year, month - 1, date, 23, 59, 59).toISOString();
}

interface CreateTokenFormProps {
  error: unknown;
  pending: boolean;
  onCreate: (body: CreateApiTokenBody) => void;
}

export function CreateTokenForm({ error: serverError, pending, onCreate }: CreateTokenFormProps) {
  const { t } = useTranslation('tokens');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiTokenScope>>(new Set(['org:read']));
  // A quarter ahead by default: long enough to be useful, short enough to be renewed on purpose.
  const [expires, setExpires] = useState(() => dayInput(daysFromNow(90)));
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const error = localError ?? serverError;

  const toggle = (scope: ApiTokenScope, on: boolean) =>
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setAttempt((n) => n + 1);
    if (scopes.size === 0) {
      const message = t('create.scopesRequired');
      setLocalError(
        new ApiError(422, {
          type: 'about:blank',
          title: message,
          status: 422,
          code: 'validation',
          detail: message,
          errors: [{ field: 'scopes', message }],
        }),
      );
      return;
    }
    setLocalError(null);
    onCreate({
      name,
      scopes: apiTokenScopes.filter((scope) => scopes.has(scope)),
      expiresAt: expires ? endOfDay(expires) : null,
    });
  };

  const fields = {
    name: { inputId: ids.name, label: t('create.name') },
    scopes: { inputId: ids.scopes, label: t('create.scopesLegend') },
    expiresAt: { inputId: ids.expires, label: t('create.expires') },
  };
  const scopesError = fieldError(error, 'scopes');

  return (
    <form className="form" onSubmit={submit} noValidate>
      {error ? <FormErrorSummary key={attempt} error={error} fields={fields} /> : null}
      <Textfield
        id={ids.name}
        label={fields.name.label}
        description={t('create.nameDescription')}
        required
        maxLength={200}
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(error, 'name')}
      />
      <Fieldset>
        <Fieldset.Legend>{fields.scopes.label}</Fieldset.Legend>
        <Fieldset.Description>{t('create.scopesDescription')}</Fieldset.Description>
        {apiTokenScopes.map((scope, index) => (
          <Checkbox
            key={scope}
            id={`api-token-scope-${index}`}
            value={scope}
            label={t(`scopes.${scopeKey[scope]}.label`)}
            description={t(`scopes.${scopeKey[scope]}.description`)}
            checked={scopes.has(scope)}
            aria-invalid={scopesError ? true : undefined}
            onChange={(event) => toggle(scope, event.target.checked)}
          />
        ))}
        {scopesError && <ValidationMessage>{scopesError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id={ids.expires}
        type="date"
        label={fields.expiresAt.label}
        description={t('create.expiresDescription')}
        min={dayInput(daysFromNow(1))}
        max={dayInput(daysFromNow(365))}
        value={expires}
        onChange={(event) => setExpires(event.target.value)}
        error={fieldError(error, 'expiresAt')}
      />
      <div className="button-row">
        <Button type="submit" loading={pending} aria-disabled={pending || undefined}>
          {t('create.submit')}
        </Button>
      </div>
    </form>
  );
}
