import { useId } from 'react';

interface ChoiceGroupProps<V extends string | number> {
  /** Id of the fieldset: the error summary links here. */
  id?: string;
  legend: string;
  /** Read after the legend, e.g. what 1 and 5 mean. */
  description?: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
  /** Options shown as equal tiles in one row (1..5) rather than wrapping by their text. */
  compact?: boolean;
}

/** A radio group drawn as big tiles: one tap on a phone, arrow keys on a keyboard, and read as an
 *  ordinary radio group by a screen reader (native inputs, so nothing needs re-implementing). */
export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const name = useId();
  const descId = useId();
  const errorId = useId();
  const described = [props.description ? descId : null, props.error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={props.id}
      className="burden-choices"
      aria-describedby={described || undefined}
      aria-invalid={props.error ? true : undefined}
    >
      <legend className="burden-choices__legend">{props.legend}</legend>
      {props.description ? (
        <p id={descId} className="burden-choices__hint">
          {props.description}
        </p>
      ) : null}
      <div className={props.compact ? 'burden-choices__row burden-choices__row--compact' : 'burden-choices__row'}>
        {props.options.map((option) => (
          <label key={String(option.value)} className="burden-choice">
            <input
              type="radio"
              className="burden-choice__input"
              name={name}
              value={String(option.value)}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span className="burden-choice__face">{option.label}</span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p id={errorId} className="burden-choices__error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
