import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { CodeField } from './code-field';

interface CodeFormProps {
  id: string;
  heading: string;
  description: string;
  submit: string;
  pending: boolean;
  error: unknown;
  submittedAt: number;
  onSubmit: (code: string) => void;
  variant?: 'primary' | 'secondary';
}

/** A change to the second factor itself, confirmed with a current code from the app. */
export function CodeForm(props: CodeFormProps) {
  const { t } = useTranslation('security');
  const [code, setCode] = useState('');
  const inputId = `${props.id}-code`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit(code);
  };
  return (
    <section aria-labelledby={`${props.id}-heading`} className="stacked">
      <Heading level={3} data-size="xs" id={`${props.id}-heading`}>
        {props.heading}
      </Heading>
      <Paragraph>{props.description}</Paragraph>
      {Boolean(props.error) && (
        <FormErrorSummary
          key={props.submittedAt}
          error={props.error}
          fields={{ code: { inputId, label: t('code.label') } }}
        />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <CodeField id={inputId} value={code} onChange={setCode} error={fieldError(props.error, 'code')} />
        <div className="button-row">
          <Button type="submit" variant={props.variant ?? 'secondary'} disabled={props.pending} loading={props.pending}>
            {props.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
