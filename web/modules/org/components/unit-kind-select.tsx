import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { externalUnitKinds, internalUnitKinds, unitKinds, type UnitKind } from '../../../../common/org/roles.js';
import { RequiredLabel } from './required-label';

function isUnitKind(value: string): value is UnitKind {
  return unitKinds.some((kind) => kind === value);
}

/** Our own levels and the external parties in two groups, as on the steering-chain page. */
export function UnitKindSelect(props: {
  id: string;
  value: UnitKind;
  onChange: (kind: UnitKind) => void;
  error?: string;
}) {
  const { t } = useTranslation('org');
  return (
    <Field>
      <Label>
        <RequiredLabel text={t('fields.kind')} />
      </Label>
      <Select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          if (isUnitKind(event.target.value)) props.onChange(event.target.value);
        }}
        aria-invalid={props.error ? true : undefined}
      >
        <Select.Optgroup label={t('unitForm.internalKinds')}>
          {internalUnitKinds.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`unitKinds.${kind}`)}
            </Select.Option>
          ))}
        </Select.Optgroup>
        <Select.Optgroup label={t('unitForm.externalKinds')}>
          {externalUnitKinds.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`unitKinds.${kind}`)}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
