import { Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useHandUpTargets } from '../api/use-hand-up-targets';

/** Where the signal can go: the units above, nearest first, and the units that hold a mandate in
 *  the delegation register, with the mandates' titles, so the choice is made from the register
 *  and not from memory. */
export function HandUpTargets(props: {
  id: string;
  signalId: string;
  value: string;
  onChange: (unitId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('signals');
  const name = useId();
  const targets = useHandUpTargets(props.signalId, true);
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('answer.targetLegend')}</Fieldset.Legend>
      {targets.isPending ? <Loading /> : null}
      {targets.isError ? <QueryError error={targets.error} onRetry={() => void targets.refetch()} /> : null}
      {targets.data?.items.length === 0 ? <Paragraph>{t('answer.noTargets')}</Paragraph> : null}
      {targets.data?.items.map((target, index) => (
        <Radio
          key={target.unit.id}
          id={index === 0 ? props.id : undefined}
          name={name}
          value={target.unit.id}
          label={target.unit.name}
          description={[
            t(`answer.targetReasons.${target.reason}`),
            target.mandates.length > 0 ? t('answer.mandates', { titles: target.mandates.join(', ') }) : null,
          ]
            .filter((part) => part !== null)
            .join('. ')}
          checked={props.value === target.unit.id}
          onChange={() => props.onChange(target.unit.id)}
        />
      ))}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
