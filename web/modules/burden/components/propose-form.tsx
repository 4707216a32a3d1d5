import { Field, Fieldset, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  externalAllowedActions,
  frequencyUnits,
  isExternalOrigin,
  isFrequencyUnit,
  proposalActions,
  type FrequencyUnit,
  type ProposalAction,
  type RoundDemand,
} from '../../../../common/burden/api.js';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { localErrors, type FieldProblem } from '../../signals/lib/local-errors';
import { usePropose } from '../api/use-rounds';

function wholeOrNull(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 'bad';
}

/** The owner's proposal for one demand in a round. A law or an agency's demand cannot be removed by
 *  us, so for those only "keep" and "raise it with the external owner" are offered. */
export function ProposeForm(props: {
  roundId: string;
  item: RoundDemand;
  /** The round's other demands: what this one can be merged into. */
  others: RoundDemand[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('burden');
  const propose = usePropose(props.roundId);
  const external = isExternalOrigin(props.item.origin);
  const actions: readonly ProposalAction[] = external ? externalAllowedActions : proposalActions;
  const [action, setAction] = useState<ProposalAction>(external ? 'raiseExternal' : 'simplify');
  const [rationale, setRationale] = useState('');
  const [newUnit, setNewUnit] = useState<FrequencyUnit | ''>('');
  const [newCount, setNewCount] = useState('');
  const [newMinutes, setNewMinutes] = useState('');
  const [mergeIntoId, setMergeIntoId] = useState('');
  const [recipient, setRecipient] = useState('');
  const [request, setRequest] = useState('');
  const [sentOn, setSentOn] = useState('');
  const [answer, setAnswer] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? propose.error;
  const fields = useFormFields(
    {
      action: t('propose.action'),
      newFrequencyCount: t('propose.newFrequencyCount'),
      newFrequencyUnit: t('propose.newFrequencyUnit'),
      newMinutes: t('propose.newMinutes'),
      mergeIntoId: t('propose.mergeInto'),
      externalRecipient: t('proposal.externalRecipient'),
      externalRequest: t('proposal.externalRequest'),
      externalSentOn: t('proposal.externalSentOn'),
      externalAnswer: t('proposal.externalAnswer'),
      rationale: t('propose.rationale'),
    },
    error,
  );
  const demandId = props.item.demand.id;

  const submit = () => {
    const onSuccess = { onSuccess: () => props.onDone(t('propose.sent', { title: props.item.demand.title })) };
    if (action === 'simplify') {
      const count = wholeOrNull(newCount);
      const minutes = wholeOrNull(newMinutes);
      const problems: FieldProblem[] = [];
      if (count === 'bad') problems.push({ field: 'newFrequencyCount', message: t('form.wholeNumber') });
      if (minutes === 'bad') problems.push({ field: 'newMinutes', message: t('form.wholeNumber') });
      const local = localErrors(problems, t('form.checkFields'));
      setLocalError(local);
      if (local || count === 'bad' || minutes === 'bad') return;
      propose.mutate(
        {
          action,
          demandId,
          rationale,
          newFrequencyUnit: newUnit === '' ? null : newUnit,
          newFrequencyCount: count,
          newMinutes: minutes,
        },
        onSuccess,
      );
      return;
    }
    setLocalError(null);
    if (action === 'merge') propose.mutate({ action, demandId, rationale, mergeIntoId }, onSuccess);
    else if (action === 'raiseExternal')
      propose.mutate(
        {
          action,
          demandId,
          rationale,
          externalRecipient: recipient,
          externalRequest: request,
          externalSentOn: sentOn === '' ? null : sentOn,
          externalAnswer: answer.trim() === '' ? null : answer,
        },
        onSuccess,
      );
    else propose.mutate({ action, demandId, rationale }, onSuccess);
  };

  return (
    <FormShell
      error={error}
      fields={fields.summary}
      pending={propose.isPending}
      submitLabel={t('propose.submit')}
      onCancel={props.onCancel}
      onSubmit={submit}
    >
      <Fieldset id={fields.input('action').id}>
        <Fieldset.Legend>{t('propose.action')}</Fieldset.Legend>
        {external ? <Fieldset.Description>{t('propose.externalOnly')}</Fieldset.Description> : null}
        {actions.map((value) => (
          <Radio
            key={value}
            name={`burden-action-${demandId}`}
            label={t(`actions.${value}`)}
            description={t(`actionHints.${value}`)}
            value={value}
            checked={action === value}
            onChange={() => setAction(value)}
          />
        ))}
      </Fieldset>
      {action === 'simplify' ? (
        <>
          <Paragraph data-size="sm" className="burden-hint">
            {t('propose.simplifyHint', {
              minutes: props.item.minutesBefore,
              occurrences: props.item.occurrencesBefore,
            })}
          </Paragraph>
          <div className="burden-performer">
            <Textfield
              {...fields.input('newFrequencyCount')}
              label={t('propose.newFrequencyCount')}
              inputMode="numeric"
              value={newCount}
              onChange={(event) => setNewCount(event.target.value)}
            />
            <Field>
              <Label htmlFor={fields.input('newFrequencyUnit').id}>{t('propose.newFrequencyUnit')}</Label>
              <Select
                id={fields.input('newFrequencyUnit').id}
                value={newUnit}
                onChange={(event) => {
                  const value = event.target.value;
                  setNewUnit(isFrequencyUnit(value) ? value : '');
                }}
              >
                <Select.Option value="">{t('propose.unchanged')}</Select.Option>
                {frequencyUnits.map((unit) => (
                  <Select.Option key={unit} value={unit}>
                    {t(`frequencyUnits.${unit}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          <Textfield
            {...fields.input('newMinutes')}
            label={t('propose.newMinutes')}
            inputMode="numeric"
            value={newMinutes}
            onChange={(event) => setNewMinutes(event.target.value)}
          />
        </>
      ) : null}
      {action === 'merge' ? (
        <Field>
          <Label htmlFor={fields.input('mergeIntoId').id}>{t('propose.mergeInto')}</Label>
          <Select
            id={fields.input('mergeIntoId').id}
            value={mergeIntoId}
            onChange={(event) => setMergeIntoId(event.target.value)}
          >
            <Select.Option value="">{t('propose.chooseDemand')}</Select.Option>
            {props.others.map((other) => (
              <Select.Option key={other.demand.id} value={other.demand.id}>
                {other.demand.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
      {action === 'raiseExternal' ? (
        <>
          <Textfield
            {...fields.input('externalRecipient')}
            label={<RequiredLabel text={t('proposal.externalRecipient')} />}
            description={t('propose.recipientHint')}
            value={recipient}
            onChange={(event) => setRecipient(event.target.value)}
          />
          <Textfield
            {...fields.input('externalRequest')}
            label={<RequiredLabel text={t('proposal.externalRequest')} />}
            multiline
            rows={3}
            value={request}
            onChange={(event) => setRequest(event.target.value)}
          />
          <Textfield
            {...fields.input('externalSentOn')}
            type="date"
            label={t('proposal.externalSentOn')}
            value={sentOn}
            onChange={(event) => setSentOn(event.target.value)}
          />
          <Textfield
            {...fields.input('externalAnswer')}
            label={t('proposal.externalAnswer')}
            multiline
            rows={2}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
          />
        </>
      ) : null}
      <Textfield
        {...fields.input('rationale')}
        label={<RequiredLabel text={t('propose.rationale')} />}
        description={t('propose.rationaleHint')}
        multiline
        rows={3}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        aria-required
      />
    </FormShell>
  );
}
