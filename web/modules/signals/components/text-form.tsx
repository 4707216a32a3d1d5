import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { FormShell } from '../../org/components/form-shell';
import { useFormFields } from '../../org/lib/use-form-fields';

interface TextFormProps {
  label: string;
  description?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** `done` empties the field once the server has taken the text. */
  onSubmit: (text: string, done: () => void) => void;
}

/** One text and a button: replies, comments and reopening. The server's message for `text` lands
 *  at the field and in the summary above it. */
export function TextForm(props: TextFormProps) {
  const [text, setText] = useState('');
  const fields = useFormFields({ text: props.label }, props.error);
  return (
    <FormShell
      error={props.error}
      fields={fields.summary}
      pending={props.pending}
      submitLabel={props.submitLabel}
      onSubmit={() => props.onSubmit(text, () => setText(''))}
    >
      <Textfield
        {...fields.input('text')}
        multiline
        rows={3}
        label={props.label}
        description={props.description}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </FormShell>
  );
}
