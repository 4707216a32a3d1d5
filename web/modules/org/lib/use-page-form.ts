import { useState } from 'react';
import { useFormFields } from './use-form-fields';

/** What a create or edit page hands its form. */
export interface PageFormProps<V> {
  initial: V;
  submitLabel: string;
  /** Where cancelling goes. */
  cancelTo: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: V) => void;
}

/** The values of a page's form, its fields' ids and errors, and the props of its FormShell. */
export function usePageForm<V, K extends string>(props: PageFormProps<V>, labels: Record<K, string>) {
  const [values, setValues] = useState(props.initial);
  const set = <F extends keyof V>(key: F, value: V[F]) => setValues((current) => ({ ...current, [key]: value }));
  const fields = useFormFields(labels, props.error);
  const shell = {
    error: props.error,
    fields: fields.summary,
    pending: props.pending,
    submitLabel: props.submitLabel,
    cancelTo: props.cancelTo,
    onSubmit: () => props.onSubmit(values),
  };
  return { values, set, input: fields.input, shell };
}
