import { Checkbox, Details, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { affectedGroups } from '../../../../common/signals/vocabulary.js';

export type AffectedGroup = (typeof affectedGroups)[number];

export interface RaiseDetailsValues {
  hours: string;
  affects: AffectedGroup[];
  suggestion: string;
  anonymous: boolean;
  restricted: boolean;
}

type Field = 'minutesPerWeek' | 'affects' | 'suggestion' | 'anonymous' | 'restricted';

/** What a quick signal can do without: behind one disclosure, so the form stays four steps long. */
export function RaiseDetails(props: {
  open: boolean;
  onToggle: (open: boolean) => void;
  values: RaiseDetailsValues;
  set: <K extends keyof RaiseDetailsValues>(key: K, value: RaiseDetailsValues[K]) => void;
  input: (field: Field) => { id: string; error: string | undefined };
}) {
  const { t } = useTranslation('signals');
  const { values, set, input } = props;
  const affects = input('affects');
  const toggleGroup = (group: AffectedGroup, on: boolean) =>
    set('affects', on ? [...values.affects, group] : values.affects.filter((g) => g !== group));
  return (
    <Details open={props.open} onToggle={() => props.onToggle(!props.open)}>
      <Details.Summary>{t('raise.moreDetails')}</Details.Summary>
      <Details.Content>
        <div className="form">
          <Textfield
            {...input('minutesPerWeek')}
            label={t('raise.hoursLabel')}
            description={t('raise.hoursHint')}
            inputMode="decimal"
            autoComplete="off"
            value={values.hours}
            onChange={(event) => set('hours', event.target.value)}
          />
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t('raise.affectsLegend')}</Fieldset.Legend>
            {affectedGroups.map((group, index) => (
              <Checkbox
                key={group}
                id={index === 0 ? affects.id : undefined}
                label={t(`affects.${group}`)}
                value={group}
                checked={values.affects.includes(group)}
                onChange={(event) => toggleGroup(group, event.target.checked)}
              />
            ))}
            {affects.error ? <ValidationMessage>{affects.error}</ValidationMessage> : null}
          </Fieldset>
          <Textfield
            {...input('suggestion')}
            multiline
            rows={3}
            label={t('raise.suggestionLabel')}
            value={values.suggestion}
            onChange={(event) => set('suggestion', event.target.value)}
          />
          <Checkbox
            {...input('anonymous')}
            label={t('raise.anonymousLabel')}
            description={t('raise.anonymousHint')}
            checked={values.anonymous}
            onChange={(event) => set('anonymous', event.target.checked)}
          />
          <Checkbox
            {...input('restricted')}
            label={t('raise.restrictedLabel')}
            description={t('raise.restrictedHint')}
            checked={values.restricted}
            onChange={(event) => set('restricted', event.target.checked)}
          />
        </div>
      </Details.Content>
    </Details>
  );
}
