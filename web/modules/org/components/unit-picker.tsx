import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '../../../../common/org/units.js';
import { buildForest, flattenForest } from '../lib/unit-tree';
import { joinPath } from '../lib/path-separator';

export interface UnitPickerProps {
  /** Id of the filter field: the error summary links here. */
  id: string;
  legend: ReactNode;
  description?: string;
  /** Every unit the viewer can see; used for paths. */
  units: readonly UnitSummary[];
  /** Which of them may be chosen (for example: active, and not below the unit being moved). */
  selectable?: (unit: UnitSummary) => boolean;
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** Offers "no unit" as a choice, labelled with this text. */
  noneLabel?: string;
  error?: string;
}

/** How many options are shown at once: a long radio list is hard to use on a phone, so the
 *  filter narrows it instead. */
const visibleLimit = 12;

/** A searchable single choice of unit, as radio buttons: works the same with keyboard, touch and
 *  screen reader, unlike a custom combobox. */
export function UnitPicker(props: UnitPickerProps) {
  const { t, i18n } = useTranslation('org');
  const name = useId();
  const [filter, setFilter] = useState('');
  const { selectable, units } = props;

  const candidates = useMemo(() => {
    const flat = flattenForest(buildForest(units, i18n.language));
    return flat.filter((f) => f.unit.active && (selectable ? selectable(f.unit) : true));
  }, [units, selectable, i18n.language]);

  const needle = filter.trim().toLocaleLowerCase();
  const matches = needle
    ? candidates.filter(
        (c) => c.unit.name.toLocaleLowerCase().includes(needle) || c.unit.code.toLocaleLowerCase().includes(needle),
      )
    : candidates;
  const shown = matches.slice(0, visibleLimit);
  // The current choice stays visible even when the filter would hide it.
  const chosen = candidates.find((c) => c.unit.id === props.value);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);

  return (
    <Fieldset className="org-picker">
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      {props.description ? <Fieldset.Description>{props.description}</Fieldset.Description> : null}
      <Textfield
        id={props.id}
        type="search"
        label={t('picker.filterLabel')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        autoComplete="off"
      />
      <Paragraph data-size="sm" aria-live="polite" className="org-hint">
        {matches.length === 0
          ? t('picker.noMatches')
          : matches.length > visibleLimit
            ? t('picker.showingSome', { shown: visibleLimit, count: matches.length })
            : t('picker.showingAll', { count: matches.length })}
      </Paragraph>
      <div className="org-picker-options">
        {props.noneLabel ? (
          <Radio
            name={name}
            value=""
            label={props.noneLabel}
            checked={props.value === null}
            onChange={() => props.onChange(null)}
          />
        ) : null}
        {shown.map(({ unit, path }) => (
          <Radio
            key={unit.id}
            name={name}
            value={unit.id}
            label={unit.name}
            description={`${path.length > 0 ? joinPath(path) : t('tree.pathTop')} · ${unit.code}`}
            checked={props.value === unit.id}
            onChange={() => props.onChange(unit.id)}
          />
        ))}
      </div>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
