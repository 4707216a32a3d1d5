import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerBody, SignalDetail } from '../../../../common/signals/signals.js';
import type { AnswerType } from '../../../../common/signals/vocabulary.js';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useAnswerSignal } from '../api/use-answer-signal';
import { localErrors, type FieldProblem } from '../lib/local-errors';
import { HandUpTargets, type HandUpChoice } from './hand-up-targets';

function bodyFor(type: AnswerType, text: string, plannedBy: string, target: HandUpChoice | null): AnswerBody {
  switch (type) {
    case 'take':
      return { type, text, plannedBy };
    case 'hand_up':
      return {
        type,
        text,
        toUnitId: target?.toUnitId ?? '',
        ...(target?.mandateId ? { mandateId: target.mandateId } : {}),
      };
    case 'decline':
      return { type, text };
    case 'done':
      return { type, text };
  }
}

/** The serving leader's answer: take it on (what and by when), hand it up (to whom and why it is
 *  outside our mandate), not doing it (a reason everyone can read) or done (what changed). Only
 *  the answers the server allows now are offered. Mount it with a key of the signal's state, so
 *  that it starts afresh after every answer. */
export function AnswerForm({ signal, onAnswered }: { signal: SignalDetail; onAnswered: (message: string) => void }) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const typeName = useId();
  const allowed = signal.can.answer;
  const [type, setType] = useState<AnswerType>(allowed[0] ?? 'take');
  const [text, setText] = useState('');
  const [plannedBy, setPlannedBy] = useState('');
  const [target, setTarget] = useState<HandUpChoice | null>(null);
  const [localError, setLocalError] = useState<Error | null>(null);
  const answer = useAnswerSignal();
  const error = localError ?? answer.error;
  const fields = useFormFields(
    {
      type: t('answer.typeLegend'),
      text: t(`answer.textLabels.${type}`),
      plannedBy: t('answer.plannedBy'),
      toUnitId: t('answer.targetLegend'),
    },
    error,
  );

  const submit = () => {
    const problems: FieldProblem[] = [];
    if (type === 'take' && plannedBy === '')
      problems.push({ field: 'plannedBy', message: t('answer.choosePlannedBy') });
    if (type === 'hand_up' && target === null) problems.push({ field: 'toUnitId', message: t('answer.chooseTarget') });
    const local = localErrors(problems, t('form.checkFields', { ns: 'org' }));
    setLocalError(local);
    if (local) return;
    answer.mutate(
      { id: signal.id, body: bodyFor(type, text, plannedBy, target) },
      { onSuccess: () => onAnswered(t('answer.sent')) },
    );
  };

  const typeInput = fields.input('type');
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('answer.heading')}
      </Heading>
      <Paragraph>{t('answer.intro')}</Paragraph>
      <FormShell
        error={error}
        fields={fields.summary}
        pending={answer.isPending}
        submitLabel={t('answer.submit')}
        onSubmit={submit}
      >
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('answer.typeLegend')}</Fieldset.Legend>
          {allowed.map((option, index) => (
            <Radio
              key={option}
              id={index === 0 ? typeInput.id : undefined}
              name={typeName}
              value={option}
              label={t(`answer.types.${option}`)}
              description={t(`answer.typeHints.${option}`)}
              checked={type === option}
              onChange={() => setType(option)}
            />
          ))}
        </Fieldset>
        {type === 'hand_up' ? (
          <HandUpTargets {...fields.input('toUnitId')} signalId={signal.id} value={target} onChange={setTarget} />
        ) : null}
        <Textfield
          {...fields.input('text')}
          multiline
          rows={4}
          label={<RequiredLabel text={t(`answer.textLabels.${type}`)} />}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-required
        />
        {type === 'take' ? (
          <Textfield
            {...fields.input('plannedBy')}
            type="date"
            label={<RequiredLabel text={t('answer.plannedBy')} />}
            value={plannedBy}
            onChange={(event) => setPlannedBy(event.target.value)}
            aria-required
          />
        ) : null}
      </FormShell>
    </section>
  );
}
