import { Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { noticedValues, type Noticed } from '../../../../common/burden/vocabulary.js';
import { fieldError } from '../../../ui/form-error-summary';
import { BusyButton } from '../../org/components/busy-button';
import { AppLink } from '../../../ui/app-link';
import { ChoiceGroup } from './choice-group';

export interface AssessValues {
  usefulness: number;
  noticed: Noticed;
  minutes: number | null;
  comment: string;
}

export interface AssessCardProps {
  demandId: string;
  title: string;
  /** What the demand asks, in the owner's words (shortened by the caller if long). */
  summary: string;
  /** "Every week", "4 times a year" ... */
  frequency: string;
  /** The owner's estimate: the minutes field starts here so the usual case needs no typing. */
  ownerMinutes: number;
  saved: AssessValues | null;
  pending: boolean;
  error: unknown;
  onSave: (values: AssessValues) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

const scale = [1, 2, 3, 4, 5] as const;

/** One demand to assess. The fewest taps: a usefulness tile, a "would anyone notice" tile, Save;
 *  minutes start at the owner's estimate and the comment is optional. */
export function AssessCard({ headingRef, ...props }: AssessCardProps) {
  const { t } = useTranslation('burden');
  const [usefulness, setUsefulness] = useState<number | null>(props.saved?.usefulness ?? null);
  const [noticed, setNoticed] = useState<Noticed | null>(props.saved?.noticed ?? null);
  const [minutes, setMinutes] = useState(String(props.saved?.minutes ?? props.ownerMinutes));
  const [comment, setComment] = useState(props.saved?.comment ?? '');
  const [missing, setMissing] = useState<{ usefulness?: string; noticed?: string; minutes?: string }>({});
  const idBase = `assess-${props.demandId}`;

  const save = () => {
    const trimmed = minutes.trim().replace(',', '.');
    const parsed = trimmed === '' ? null : Number(trimmed);
    const problems: typeof missing = {};
    if (usefulness === null) problems.usefulness = t('assess.chooseUsefulness');
    if (noticed === null) problems.noticed = t('assess.chooseNoticed');
    if (parsed !== null && (!Number.isInteger(parsed) || parsed < 1 || parsed > 2400))
      problems.minutes = t('assess.minutesInvalid');
    setMissing(problems);
    if (usefulness === null || noticed === null || problems.minutes) return;
    props.onSave({ usefulness, noticed, minutes: parsed, comment: comment.trim() });
  };

  return (
    <Card className="burden-assess-card">
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1} id={`${idBase}-heading`}>
        {props.title}
      </Heading>
      {props.saved ? (
        <Tag data-color="success" data-size="sm" className="burden-done">
          {t('assess.done')}
        </Tag>
      ) : null}
      <Paragraph data-size="sm" className="burden-hint">
        {props.frequency} · {t('assess.ownerEstimate', { minutes: props.ownerMinutes })}
      </Paragraph>
      {props.summary ? <Paragraph className="burden-prewrap">{props.summary}</Paragraph> : null}
      <ChoiceGroup
        id={`${idBase}-usefulness`}
        legend={t('assess.usefulnessLegend')}
        description={t('assess.usefulnessHint')}
        options={scale.map((value) => ({ value, label: String(value) }))}
        value={usefulness}
        onChange={setUsefulness}
        error={missing.usefulness ?? fieldError(props.error, 'usefulness')}
        compact
      />
      <ChoiceGroup
        id={`${idBase}-noticed`}
        legend={t('assess.noticedLegend')}
        options={noticedValues.map((value) => ({ value, label: t(`noticed.${value}`) }))}
        value={noticed}
        onChange={setNoticed}
        error={missing.noticed ?? fieldError(props.error, 'noticed')}
      />
      <Textfield
        id={`${idBase}-minutes`}
        label={t('assess.minutesLabel')}
        description={t('assess.minutesHint')}
        inputMode="numeric"
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={missing.minutes ?? fieldError(props.error, 'minutes')}
      />
      <Textfield
        id={`${idBase}-comment`}
        label={t('assess.commentLabel')}
        description={t('assess.commentHint')}
        multiline
        rows={2}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={fieldError(props.error, 'comment')}
      />
      <div className="button-row">
        <BusyButton pending={props.pending} onClick={save}>
          {props.saved ? t('assess.saveAgain') : t('assess.save')}
        </BusyButton>
        <AppLink to={`/burden/demands/${props.demandId}`}>{t('assess.readMore')}</AppLink>
      </div>
    </Card>
  );
}
