import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDemands } from '../../burden/api/use-demands';

/** For a rule obstacle: which registered steering demand stands in the way (optional). Offers the
 *  demands the author performs and those owned by the chosen unit, so the usual one is near the top;
 *  the demand's page then shows the signal as evidence. */
export function BurdenDemandChoice(props: {
  id: string;
  unitId: string;
  value: string;
  onChange: (demandId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('burden');
  const mine = useDemands({ mine: 'performing', page: 1, pageSize: 100, sort: 'title' });
  const unit = useDemands(
    { unitId: props.unitId || undefined, page: 1, pageSize: 100, sort: 'title' },
    { enabled: props.unitId !== '' },
  );
  const performing = mine.data?.items ?? [];
  const performingIds = new Set(performing.map((d) => d.id));
  const others = (props.unitId ? (unit.data?.items ?? []) : []).filter((d) => !performingIds.has(d.id));
  if (performing.length === 0 && others.length === 0) return null;
  return (
    <Field>
      <Label htmlFor={props.id}>{t('raiseLink.label')}</Label>
      <Field.Description>{t('raiseLink.hint')}</Field.Description>
      <Select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <Select.Option value="">{t('raiseLink.none')}</Select.Option>
        {performing.length > 0 ? (
          <Select.Optgroup label={t('raiseLink.performing')}>
            {performing.map((d) => (
              <Select.Option key={d.id} value={d.id}>
                {d.title}
              </Select.Option>
            ))}
          </Select.Optgroup>
        ) : null}
        {others.length > 0 ? (
          <Select.Optgroup label={t('raiseLink.unit')}>
            {others.map((d) => (
              <Select.Option key={d.id} value={d.id}>
                {d.title}
              </Select.Option>
            ))}
          </Select.Optgroup>
        ) : null}
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
