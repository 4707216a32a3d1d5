import { Button } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { FormErrorSummary, type FormField } from '../../../ui/form-error-summary';
import { BusyButton } from './busy-button';
import { errorKey } from './form-errors';

interface FormShellProps {
  error: unknown;
  /** The fields the error summary links to, by the server's field names. */
  fields: Record<string, FormField>;
  pending: boolean;
  submitLabel: string;
  /** Not called while the previous submit is still running. */
  onSubmit: () => void;
  /** A page form cancels by going to a page, a dialog form by closing; some have no cancel. */
  cancelTo?: string;
  onCancel?: () => void;
  /** Shown above the error summary. */
  intro?: ReactNode;
  children: ReactNode;
}

/** What every org form shares around its fields. The browser's own validation is off because the
 *  server's messages are shown instead: in the summary at the top and at each field. */
export function FormShell(props: FormShellProps) {
  const { t } = useTranslation('org');
  const { error } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      {props.intro}
      {error ? <FormErrorSummary key={errorKey(error)} error={error} fields={props.fields} /> : null}
      {props.children}
      <div className="button-row">
        <BusyButton type="submit" pending={props.pending}>
          {props.submitLabel}
        </BusyButton>
        {props.cancelTo !== undefined ? (
          <Button asChild variant="secondary">
            <RouterLink to={props.cancelTo}>{t('common.cancel')}</RouterLink>
          </Button>
        ) : null}
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
