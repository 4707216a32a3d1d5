import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '../../../../common/org/units.js';
import { joinPath } from '../lib/path-separator';
import { buildForest, flattenForest } from '../lib/unit-tree';

/** A native select of units for filtering lists; each option carries its path so that units
 *  with the same name ("Administration") can be told apart. */
export function UnitFilterSelect(props: {
  id?: string;
  label: string;
  units: readonly UnitSummary[];
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation('org');
  const options = useMemo(() => flattenForest(buildForest(props.units, i18n.language)), [props.units, i18n.language]);
  return (
    <Field className="org-filter-field">
      <Label>{props.label}</Label>
      <Select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <Select.Option value="">{t('common.allUnits')}</Select.Option>
        {options.map(({ unit, path }) => (
          <Select.Option key={unit.id} value={unit.id}>
            {joinPath([...path, unit.name])}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
