import { Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useHandUpTargets } from '../api/use-hand-up-targets';

/** Where a hand-up goes: the unit above, or the holder of the mandate that is cited. */
export interface HandUpChoice {
  toUnitId: string;
  mandateId?: string;
}

/** Where the signal can go: the unit above, or one of the mandates in the delegation register,
 *  each with its decision text and holder, so the leader picks the mandate that covers the matter
 *  from the register and not from memory. The cited mandate is shown on the timeline. */
export function HandUpTargets(props: {
  id: string;
  signalId: string;
  value: HandUpChoice | null;
  onChange: (choice: HandUpChoice) => void;
  error?: string;
}) {
  const { t } = useTranslation('signals');
  const name = useId();
  const targets = useHandUpTargets(props.signalId, true);
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('answer.targetLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('answer.targetHint')}</Fieldset.Description>
      {targets.isPending ? <Loading /> : null}
      {targets.isError ? <QueryError error={targets.error} onRetry={() => void targets.refetch()} /> : null}
      {targets.data?.items.length === 0 ? <Paragraph>{t('answer.noTargets')}</Paragraph> : null}
      {targets.data?.items.map((target, index) => {
        const mandate = target.mandate;
        const choice: HandUpChoice = mandate
          ? { toUnitId: target.unit.id, mandateId: mandate.id }
          : { toUnitId: target.unit.id };
        const checked =
          props.value !== null &&
          props.value.toUnitId === choice.toUnitId &&
          props.value.mandateId === choice.mandateId;
        return (
          <Radio
            key={mandate ? mandate.id : target.unit.id}
            id={index === 0 ? props.id : undefined}
            name={name}
            value={mandate ? mandate.id : target.unit.id}
            label={mandate ? mandate.title : target.unit.name}
            description={
              mandate
                ? [t('answer.mandateHolder', { unit: target.unit.name }), mandate.description]
                    .filter((part) => part.trim() !== '')
                    .join('. ')
                : t(`answer.targetReasons.${target.reason}`)
            }
            checked={checked}
            onChange={() => props.onChange(choice)}
          />
        );
      })}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
