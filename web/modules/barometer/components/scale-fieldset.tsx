import { useId, type CSSProperties } from 'react';

export interface ScaleFieldsetProps {
  /** The item's question, read as the legend of its group of radios. */
  legend: string;
  min: number;
  max: number;
  minLabel: string | null;
  maxLabel: string | null;
  value: number | null;
  onChange: (value: number) => void;
  /** For the first radio, so an error summary can link to the group. */
  id?: string;
}

/** One scale item as one row of large radios: a tap anywhere in a box chooses it, arrow keys move
 *  between points, and the two ends say in words what they mean (in the radio's own name, so a
 *  screen reader hears "1, Stämmer inte alls" and not a bare number). */
export function ScaleFieldset(props: ScaleFieldsetProps) {
  const name = useId();
  const steps: number[] = [];
  for (let value = props.min; value <= props.max; value += 1) steps.push(value);
  const style: CSSProperties & Record<'--barometer-steps', number> = { '--barometer-steps': steps.length };
  return (
    <fieldset className="barometer-item">
      <legend>{props.legend}</legend>
      <div className="barometer-scale" style={style}>
        {steps.map((value, index) => {
          const end = value === props.min ? props.minLabel : value === props.max ? props.maxLabel : null;
          return (
            <label key={value} className="barometer-scale__option">
              <input
                type="radio"
                id={index === 0 ? props.id : undefined}
                name={name}
                value={value}
                checked={props.value === value}
                onChange={() => props.onChange(value)}
              />
              <span className="barometer-scale__number">{value}</span>
              {end ? <span className="ds-sr-only">{`, ${end}`}</span> : null}
            </label>
          );
        })}
      </div>
      {props.minLabel || props.maxLabel ? (
        // Shown under the ends for sighted readers; screen readers hear them in the radios' names.
        <div className="barometer-scale__ends" aria-hidden="true">
          <span>{props.minLabel}</span>
          <span>{props.maxLabel}</span>
        </div>
      ) : null}
    </fieldset>
  );
}
