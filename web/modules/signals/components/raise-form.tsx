import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../common/platform/auth.js';
import type { SignalKind } from '../../../../common/signals/vocabulary.js';
import { fieldError } from '../../../ui/form-error-summary';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { useRaiseSignal } from '../api/use-raise-signal';
import { minutesFromHours } from '../lib/hours';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { localErrors, type FieldProblem } from '../lib/local-errors';
import { BurdenDemandChoice } from './burden-demand-choice';
import { KindFieldset } from './kind-fieldset';
import { RaiseDetails, type RaiseDetailsValues } from './raise-details';
import { UnitChoice } from './unit-choice';

const detailFields = ['minutesPerWeek', 'affects', 'suggestion', 'anonymous', 'restricted'] as const;

/** Raising a signal on a phone: write, (the kind and unit are already chosen), send. Everything
 *  else is optional and folded away. The server validates; its messages land at each field. */
export function RaiseForm(props: { me: Me; initialKind: SignalKind; onAnonymousSent: (followKey: string) => void }) {
  const { t } = useTranslation('signals');
  const navigateWithFlash = useNavigateWithFlash();
  const raise = useRaiseSignal();
  // One key per filled-in form: pressing Send twice (or retrying after a lost answer) gives one signal.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<SignalKind>(props.initialKind);
  const [unitId, setUnitId] = useState(props.me.memberships[0]?.unitId ?? '');
  const [burdenItemId, setBurdenItemId] = useState('');
  const [details, setDetails] = useState<RaiseDetailsValues>({
    hours: '',
    affects: [],
    suggestion: '',
    anonymous: false,
    restricted: false,
  });
  const [moreOpen, setMoreOpen] = useState(false);
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? raise.error;
  const fields = useFormFields(
    {
      text: t('raise.textLabel'),
      kind: t('raise.kindLegend'),
      unitId: t('raise.unitLabel'),
      minutesPerWeek: t('raise.hoursLabel'),
      affects: t('raise.affectsLegend'),
      suggestion: t('raise.suggestionLabel'),
      anonymous: t('raise.anonymousLabel'),
      restricted: t('raise.restrictedLabel'),
      burdenItemId: t('raiseLink.label', { ns: 'burden' }),
    },
    error,
  );

  // The page exists to be typed into: focus goes to the text once the layout has put it on the
  // heading after navigating, so a phone opens its keyboard straight away.
  const textRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => textRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const submit = () => {
    const hours = minutesFromHours(details.hours);
    const problems: FieldProblem[] = [];
    if (unitId === '') problems.push({ field: 'unitId', message: t('raise.unitChoose') });
    if (!hours.ok) problems.push({ field: 'minutesPerWeek', message: t('raise.hoursInvalid') });
    const local = localErrors(problems, t('form.checkFields', { ns: 'org' }));
    setLocalError(local);
    if (local || !hours.ok) {
      if (!hours.ok) setMoreOpen(true);
      return;
    }
    raise.mutate(
      {
        kind,
        unitId,
        text,
        suggestion: details.suggestion,
        minutesPerWeek: hours.minutes,
        affects: details.affects,
        anonymous: details.anonymous,
        restricted: details.restricted,
        // A rule obstacle may point at the steering demand it is about (shown there as evidence).
        ...(kind === 'rule_obstacle' && burdenItemId !== '' ? { burdenItemId } : {}),
        idempotencyKey,
      },
      {
        onSuccess: ({ signal, followToken }) => {
          if (followToken) props.onAnonymousSent(followToken);
          else navigateWithFlash(`/signals/${signal.id}`, t('raise.sent'));
        },
        // A message about a folded-away field must be visible where its link leads.
        onError: (problem) => {
          if (detailFields.some((field) => fieldError(problem, field))) setMoreOpen(true);
        },
      },
    );
  };

  return (
    <FormShell
      error={error}
      fields={fields.summary}
      pending={raise.isPending}
      submitLabel={t('raise.submit')}
      onSubmit={submit}
    >
      <Textfield
        {...fields.input('text')}
        ref={textRef}
        multiline
        rows={4}
        label={<RequiredLabel text={t('raise.textLabel')} />}
        description={t('raise.textHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-required
      />
      <KindFieldset {...fields.input('kind')} value={kind} onChange={setKind} />
      <UnitChoice {...fields.input('unitId')} me={props.me} value={unitId} onChange={setUnitId} />
      {kind === 'rule_obstacle' ? (
        <BurdenDemandChoice
          {...fields.input('burdenItemId')}
          unitId={unitId}
          value={burdenItemId}
          onChange={setBurdenItemId}
        />
      ) : null}
      <RaiseDetails
        open={moreOpen}
        onToggle={setMoreOpen}
        values={details}
        set={(key, value) => setDetails((current) => ({ ...current, [key]: value }))}
        input={fields.input}
      />
    </FormShell>
  );
}
