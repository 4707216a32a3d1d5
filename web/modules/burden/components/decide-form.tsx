import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionValues, type DecisionValue, type Proposal } from '../../../../common/burden/api.js';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useDecide } from '../api/use-rounds';

/** The mandated leader's decision, with a rationale everyone can read. Approving applies it. */
export function DecideForm(props: { proposal: Proposal; onDone: (message: string) => void }) {
  const { t } = useTranslation('burden');
  const decide = useDecide();
  const [decision, setDecision] = useState<DecisionValue>('approved');
  const [rationale, setRationale] = useState('');
  const [answer, setAnswer] = useState(props.proposal.externalAnswer ?? '');
  const fields = useFormFields(
    { decision: t('decide.decision'), rationale: t('decide.rationale'), externalAnswer: t('proposal.externalAnswer') },
    decide.error,
  );
  const id = props.proposal.id;
  const external = props.proposal.action === 'raiseExternal';
  return (
    <FormShell
      error={decide.error}
      fields={fields.summary}
      pending={decide.isPending}
      submitLabel={t('decide.submit')}
      onSubmit={() =>
        decide.mutate(
          {
            proposalId: id,
            decision,
            rationale,
            ...(external ? { externalAnswer: answer.trim() === '' ? null : answer } : {}),
          },
          { onSuccess: () => props.onDone(t('decide.done', { title: props.proposal.demand.title })) },
        )
      }
    >
      <Fieldset id={fields.input('decision').id}>
        <Fieldset.Legend>{t('decide.decision')}</Fieldset.Legend>
        {decisionValues.map((value) => (
          <Radio
            key={value}
            name={`burden-decision-${id}`}
            label={t(`decideChoices.${value}`)}
            value={value}
            checked={decision === value}
            onChange={() => setDecision(value)}
          />
        ))}
      </Fieldset>
      {external ? (
        <Textfield
          {...fields.input('externalAnswer')}
          label={t('proposal.externalAnswer')}
          multiline
          rows={2}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
      ) : null}
      <Textfield
        {...fields.input('rationale')}
        label={<RequiredLabel text={t('decide.rationale')} />}
        description={t('decide.rationaleHint')}
        multiline
        rows={3}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        aria-required
      />
    </FormShell>
  );
}
