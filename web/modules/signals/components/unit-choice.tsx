import { Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isExternalKind } from '../../../../common/org/roles.js';
import type { Me } from '../../../../common/platform/auth.js';
import { useUnits } from '../../org/api/use-units';
import { joinPath } from '../../org/lib/path-separator';
import { buildForest, flattenForest } from '../../org/lib/unit-tree';

interface UnitChoiceProps {
  /** Id of the select: the error summary links here. */
  id: string;
  me: Me;
  value: string;
  onChange: (unitId: string) => void;
  error?: string;
}

/** The person's own units, one of them already chosen. With one unit the choice is shown as text
 *  and a button opens the full list, so the usual case costs no tap at all. */
export function UnitChoice(props: UnitChoiceProps) {
  const { t } = useTranslation('signals');
  const own = useMemo(() => ownUnits(props.me), [props.me]);
  const [choosing, setChoosing] = useState(own.length !== 1);
  const chosen = own.find((u) => u.unitId === props.value);

  if (!choosing && !props.error && chosen) {
    return (
      <div className="signals-unit-shown">
        <Paragraph>
          <span className="signals-strong">{t('raise.unitLabel')}: </span>
          {chosen.unitName}
        </Paragraph>
        <Paragraph data-size="sm" className="signals-hint">
          {t('raise.unitHint')}
        </Paragraph>
        <Button variant="tertiary" data-size="sm" onClick={() => setChoosing(true)}>
          {t('raise.unitChange')}
        </Button>
      </div>
    );
  }
  return <UnitSelect {...props} own={own} autoFocus={own.length === 1} />;
}

function UnitSelect(props: UnitChoiceProps & { own: ReturnType<typeof ownUnits>; autoFocus: boolean }) {
  const { t, i18n } = useTranslation('signals');
  const units = useUnits();
  const all = useMemo(
    () =>
      flattenForest(buildForest(units.data?.items ?? [], i18n.language)).filter(
        ({ unit }) => unit.active && !isExternalKind(unit.kind),
      ),
    [units.data, i18n.language],
  );
  const ownIds = new Set(props.own.map((u) => u.unitId));
  return (
    <Field>
      <Label htmlFor={props.id}>{t('raise.unitLabel')}</Label>
      <Field.Description>{t('raise.unitHint')}</Field.Description>
      <Select
        id={props.id}
        value={props.value}
        autoFocus={props.autoFocus}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.value === '' ? <Select.Option value="">{t('raise.unitChoose')}</Select.Option> : null}
        {props.own.length > 0 ? (
          <Select.Optgroup label={t('raise.yourUnits')}>
            {props.own.map((u) => (
              <Select.Option key={u.unitId} value={u.unitId}>
                {u.unitName}
              </Select.Option>
            ))}
          </Select.Optgroup>
        ) : null}
        <Select.Optgroup label={t('raise.allUnits')}>
          {all
            .filter(({ unit }) => !ownIds.has(unit.id))
            .map(({ unit, path }) => (
              <Select.Option key={unit.id} value={unit.id}>
                {joinPath([...path, unit.name])}
              </Select.Option>
            ))}
        </Select.Optgroup>
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}

/** Each unit once, even when the person has two roles in it. */
function ownUnits(me: Me): Array<{ unitId: string; unitName: string }> {
  const seen = new Map<string, string>();
  for (const m of me.memberships) if (!seen.has(m.unitId)) seen.set(m.unitId, m.unitName);
  return [...seen].map(([unitId, unitName]) => ({ unitId, unitName }));
}
