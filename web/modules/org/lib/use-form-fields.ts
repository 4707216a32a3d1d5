import { useId } from 'react';
import { fieldError, type FormField } from '../../../ui/form-error-summary';

export interface FormFields<K extends string> {
  /** Each field's input id and label, for the error summary's links. */
  summary: Record<string, FormField>;
  /** What a field's input needs: its id (the summary links to it) and the server's message. */
  input: (field: K) => { id: string; error: string | undefined };
}

/** Input ids and error messages for a form, by the names the server gives the fields in
 *  problem+json, so a message lands on the input it is about. */
export function useFormFields<K extends string>(labels: Record<K, string>, error: unknown): FormFields<K> {
  const base = useId();
  const summary: Record<string, FormField> = {};
  for (const [field, label] of Object.entries<string>(labels)) summary[field] = { inputId: `${base}-${field}`, label };
  return { summary, input: (field) => ({ id: `${base}-${field}`, error: fieldError(error, field) }) };
}
