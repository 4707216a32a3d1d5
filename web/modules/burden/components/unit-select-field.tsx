import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isExternalKind } from '../../../../common/org/roles.js';
import { useUnits } from '../../org/api/use-units';
import { joinPath } from '../../org/lib/path-separator';
import { buildForest, flattenForest } from '../../org/lib/unit-tree';

/** A native select of the organisation's active internal units, each named with its path so two
 *  "Hemtjänst Norra" under different areas can be told apart. */
export function UnitSelectField(props: {
  id: string;
  label: ReactNode;
  description?: string;
  value: string;
  onChange: (unitId: string) => void;
  error?: string;
  /** The text of the empty choice; without it a unit must be chosen. */
  emptyLabel: string;
}) {
  const { i18n } = useTranslation('burden');
  const units = useUnits();
  const all = useMemo(
    () =>
      flattenForest(buildForest(units.data?.items ?? [], i18n.language)).filter(
        ({ unit }) => unit.active && !isExternalKind(unit.kind),
      ),
    [units.data, i18n.language],
  );
  return (
    <Field>
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.description ? <Field.Description>{props.description}</Field.Description> : null}
      <Select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <Select.Option value="">{props.emptyLabel}</Select.Option>
        {all.map(({ unit, path }) => (
          <Select.Option key={unit.id} value={unit.id}>
            {joinPath([...path, unit.name])}
          </Select.Option>
        ))}
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
