import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';

/** A labelled native select for one filter; the empty value means "all". */
export function FilterSelect(props: {
  label: string;
  value: string | undefined;
  allLabel?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  return (
    <Field className="org-filter-field signals-filter">
      <Label htmlFor={id}>{props.label}</Label>
      <Select id={id} value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value || undefined)}>
        {props.allLabel !== undefined ? <Select.Option value="">{props.allLabel}</Select.Option> : null}
        {props.options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
