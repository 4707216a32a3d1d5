import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
} from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api';
import { errorMessage } from './error-message';

export interface FormField {
  /** The id of the input, for the link that jumps to it. */
  inputId: string;
  label: string;
}

interface FormErrorSummaryProps {
  error: unknown;
  /** The form's fields by the name the server uses in problem+json `errors[].field`. */
  fields: Record<string, FormField>;
}

/** The server's error message for one field, for the field's own ValidationMessage. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

function focusInput(event: MouseEvent<HTMLAnchorElement>, inputId: string): void {
  const input = document.getElementById(inputId);
  if (!input) return;
  // A plain #fragment would only scroll; moving focus lets the user type the correction at once.
  event.preventDefault();
  input.focus();
}

/** Lists every problem at the top of a form. Designsystemet's <ds-error-summary> moves focus to
 *  itself when it appears, so render it with a new key after each failed submit. */
export function FormErrorSummary({ error, fields }: FormErrorSummaryProps) {
  const { t } = useTranslation('platform');
  const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const linked = fieldErrors.flatMap((issue) => {
    const field = fields[issue.field];
    return field ? [{ ...field, message: issue.message }] : [];
  });
  const unlinked = fieldErrors.filter((issue) => !fields[issue.field]);
  const general = linked.length === 0 ? errorMessage(error, t) : undefined;
  return (
    <ErrorSummary>
      <ErrorSummaryHeading>{t('form.errorHeading')}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {general && <ErrorSummaryItem>{general}</ErrorSummaryItem>}
        {linked.map((item) => (
          <ErrorSummaryItem key={item.inputId}>
            <ErrorSummaryLink href={`#${item.inputId}`} onClick={(event) => focusInput(event, item.inputId)}>
              {`${item.label}: ${item.message}`}
            </ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
        {unlinked.map((issue) => (
          <ErrorSummaryItem key={issue.field}>{issue.message}</ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}
