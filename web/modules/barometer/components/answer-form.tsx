import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem, WaveForm } from '../../../../common/barometer/api.js';
import { ApiError } from '../../../app/api';
import { FormErrorSummary } from '../../../ui/form-error-summary';
import { BusyButton } from '../../org/components/busy-button';
import { errorKey } from '../../org/components/form-errors';
import { useSubmitResponse } from '../api/answer-api';
import { answerKey, responseBody, type AnswerState } from '../lib/answer-keys';
import { ScaleFieldset } from './scale-fieldset';

/** The whole wave on one screen: every item a group of large radios (or a text box), one submit.
 *  Nothing is required: a skipped item is simply not answered. */
export function AnswerForm({ form, onSent }: { form: WaveForm; onSent: () => void }) {
  const { t } = useTranslation('barometer');
  const submit = useSubmitResponse(form.wave.id);
  const [state, setState] = useState<AnswerState>({ values: {}, texts: {} });
  const items = form.sections.flatMap((section) => section.items);
  const hasText = items.some((item) => item.kind === 'text');

  // An empty answer would use up the person's one answer for nothing: say so before sending.
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? submit.error;
  const send = () => {
    const body = responseBody(items, state);
    if (body.answers.length === 0 && body.comments.length === 0) {
      const message = t('answer.nothingAnswered');
      setLocalError(
        new ApiError(422, { type: 'about:blank', title: message, status: 422, code: 'validation', detail: message }),
      );
      return;
    }
    setLocalError(null);
    submit.mutate(body, { onSuccess: onSent });
  };

  return (
    <form
      className="barometer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {error ? <FormErrorSummary key={errorKey(error)} error={error} fields={{}} /> : null}
      {hasText ? (
        <Paragraph className="barometer-hint">{t('answer.commentsRule', { k: form.minComments })}</Paragraph>
      ) : null}
      {form.sections.map((section) => (
        <section
          key={section.instrumentKey}
          className="page-section"
          aria-labelledby={`section-${section.instrumentKey}`}
        >
          <Heading level={2} data-size="sm" id={`section-${section.instrumentKey}`}>
            {section.name}
          </Heading>
          {section.description ? <Paragraph className="barometer-hint">{section.description}</Paragraph> : null}
          {section.items.map((item) => (
            <AnswerItem
              key={answerKey(item)}
              item={item}
              state={state}
              onValue={(value) => setState((s) => ({ ...s, values: { ...s.values, [answerKey(item)]: value } }))}
              onText={(text) => setState((s) => ({ ...s, texts: { ...s.texts, [answerKey(item)]: text } }))}
            />
          ))}
        </section>
      ))}
      <div className="button-row">
        <BusyButton type="submit" pending={submit.isPending}>
          {t('answer.submit')}
        </BusyButton>
      </div>
    </form>
  );
}

function AnswerItem(props: {
  item: FormItem;
  state: AnswerState;
  onValue: (value: number) => void;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation('barometer');
  const { item } = props;
  const key = answerKey(item);
  const legend = item.targetUnit
    ? t('answer.targetLegend', { group: item.targetUnit.name, item: item.text })
    : item.text;
  const value = props.state.values[key] ?? null;
  if (item.kind === 'text')
    return (
      <Textfield
        multiline
        rows={3}
        label={legend}
        description={t('answer.textHint')}
        value={props.state.texts[key] ?? ''}
        onChange={(event) => props.onText(event.target.value)}
      />
    );
  if (item.kind === 'choice')
    return (
      <Fieldset data-size="md">
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {item.choices.map((choice, index) => (
          <Radio
            key={choice}
            name={key}
            value={String(index + 1)}
            label={choice}
            checked={value === index + 1}
            onChange={() => props.onValue(index + 1)}
          />
        ))}
      </Fieldset>
    );
  return (
    <ScaleFieldset
      legend={legend}
      min={item.scaleMin}
      max={item.scaleMax}
      minLabel={item.minLabel}
      maxLabel={item.maxLabel}
      value={value}
      onChange={props.onValue}
    />
  );
}
