import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  demandKinds,
  demandOrigins,
  focusValues,
  frequencyUnits,
  isDemandKind,
  isDemandOrigin,
  isFrequencyUnit,
  isPerformerRole,
  measuredKinds,
  measuresValues,
  performerRoles,
  type DemandKind,
  type DemandOrigin,
  type Focus,
  type FrequencyUnit,
  type Measures,
  type PerformerRole,
} from '../../../../common/burden/api.js';
import { occurrencesPerYear } from '../../../../common/burden/cost.js';
import { isOneOf } from '../../../../common/platform/one-of.js';
import { fieldError } from '../../../ui/form-error-summary';
import { useFormat } from '../../../ui/format';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { PersonPicker } from '../../org/components/person-picker';
import { useFormFields } from '../../org/lib/use-form-fields';
import { localErrors, type FieldProblem } from '../../signals/lib/local-errors';
import type { DemandInput } from '../api/use-demand-mutations';
import { UnitSelectField } from './unit-select-field';

export interface PerformerRow {
  unitId: string;
  includeDescendants: boolean;
  role: PerformerRole;
}

/** The form's own state: numbers stay text until submitted, so a half-typed "1," is not lost. */
export interface DemandFormValues {
  title: string;
  description: string;
  kind: DemandKind;
  ownerUnitId: string;
  /** Null: the owner unit's managers own it. */
  ownerPerson: { id: string; name: string } | null;
  origin: DemandOrigin;
  originUnitId: string;
  legalBasis: string;
  purpose: string;
  resultUsers: string;
  frequencyUnit: FrequencyUnit;
  frequencyCount: string;
  minutes: string;
  performers: PerformerRow[];
  performersEntered: string;
  reviewOn: string;
  measures: Measures | null;
  focus: Focus | null;
}

export const emptyDemand = (ownerUnitId: string): DemandFormValues => ({
  title: '',
  description: '',
  kind: 'reporting',
  ownerUnitId,
  ownerPerson: null,
  origin: 'organisation',
  originUnitId: ownerUnitId,
  legalBasis: '',
  purpose: '',
  resultUsers: '',
  frequencyUnit: 'month',
  frequencyCount: '1',
  minutes: '',
  performers: [{ unitId: ownerUnitId, includeDescendants: true, role: 'staff' }],
  performersEntered: '',
  reviewOn: '',
  measures: null,
  focus: null,
});

type DemandFields = Omit<DemandInput, 'idempotencyKey'>;

/** Whole numbers only; anything else is for the caller to report at the field. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** Registering or editing a steering demand: what it asks, who owns it and why it exists, then what
 *  it costs (how often, how long, who does it). The server checks every limit; its messages land at
 *  the field they are about. */
export function DemandForm(props: {
  initial: DemandFormValues;
  submitLabel: string;
  cancelTo: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: DemandFields) => void;
}) {
  const { t } = useTranslation('burden');
  const [values, setValues] = useState(props.initial);
  const [localError, setLocalError] = useState<Error | null>(null);
  const set = <K extends keyof DemandFormValues>(key: K, value: DemandFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const error = localError ?? props.error;
  const fields = useFormFields(
    {
      title: t('form.title'),
      description: t('form.description'),
      kind: t('form.kind'),
      ownerUnitId: t('form.ownerUnit'),
      ownerPersonId: t('form.ownerPerson'),
      origin: t('form.origin'),
      originUnitId: t('form.originUnit'),
      legalBasis: t('form.legalBasis'),
      purpose: t('form.purpose'),
      resultUsers: t('form.resultUsers'),
      frequencyUnit: t('form.frequencyUnit'),
      frequencyCount: t('form.frequencyCount'),
      minutes: t('form.minutes'),
      performers: t('form.performers'),
      performersEntered: t('form.performersEntered'),
      reviewOn: t('form.reviewOn'),
      measures: t('form.measures'),
      focus: t('form.focus'),
    },
    error,
  );
  const measured = isOneOf(measuredKinds, values.kind);

  const submit = () => {
    const count = wholeNumber(values.frequencyCount);
    const minutes = wholeNumber(values.minutes);
    const entered = values.performersEntered.trim() === '' ? null : wholeNumber(values.performersEntered);
    const problems: FieldProblem[] = [];
    if (count === null) problems.push({ field: 'frequencyCount', message: t('form.wholeNumber') });
    if (minutes === null) problems.push({ field: 'minutes', message: t('form.wholeNumber') });
    if (values.performersEntered.trim() !== '' && entered === null)
      problems.push({ field: 'performersEntered', message: t('form.wholeNumber') });
    if (values.ownerUnitId === '') problems.push({ field: 'ownerUnitId', message: t('form.chooseUnit') });
    if (values.performers.some((p) => p.unitId === ''))
      problems.push({ field: 'performers', message: t('form.choosePerformerUnit') });
    const local = localErrors(problems, t('form.checkFields'));
    setLocalError(local);
    if (local || count === null || minutes === null) return;
    props.onSubmit({
      title: values.title,
      description: values.description,
      kind: values.kind,
      ownerUnitId: values.ownerUnitId,
      ownerPersonId: values.ownerPerson?.id ?? null,
      origin: values.origin,
      originUnitId: values.origin === 'organisation' && values.originUnitId !== '' ? values.originUnitId : null,
      legalBasis: values.legalBasis.trim() === '' ? null : values.legalBasis,
      purpose: values.purpose,
      resultUsers: values.resultUsers,
      frequencyUnit: values.frequencyUnit,
      frequencyCount: count,
      minutes,
      performers: values.performers,
      performersEntered: entered,
      reviewOn: values.reviewOn === '' ? null : values.reviewOn,
      measures: measured ? values.measures : null,
      focus: measured ? values.focus : null,
    });
  };

  const setPerformer = (index: number, change: Partial<PerformerRow>) =>
    set(
      'performers',
      values.performers.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );

  return (
    <FormShell
      error={error}
      fields={fields.summary}
      pending={props.pending}
      submitLabel={props.submitLabel}
      cancelTo={props.cancelTo}
      onSubmit={submit}
    >
      <Textfield
        {...fields.input('title')}
        label={<RequiredLabel text={t('form.title')} />}
        description={t('form.titleHint')}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        aria-required
      />
      <Textfield
        {...fields.input('description')}
        label={t('form.description')}
        multiline
        rows={3}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <Field>
        <Label htmlFor={fields.input('kind').id}>{t('form.kind')}</Label>
        <Select
          id={fields.input('kind').id}
          value={values.kind}
          onChange={(event) => isDemandKind(event.target.value) && set('kind', event.target.value)}
        >
          {demandKinds.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {measured ? (
        <>
          <Fieldset id={fields.input('measures').id}>
            <Fieldset.Legend>{t('form.measures')}</Fieldset.Legend>
            <Fieldset.Description>{t('form.measuresHint')}</Fieldset.Description>
            {measuresValues.map((value) => (
              <Radio
                key={value}
                name="burden-measures"
                label={t(`measures.${value}`)}
                value={value}
                checked={values.measures === value}
                onChange={() => set('measures', value)}
              />
            ))}
          </Fieldset>
          <Fieldset id={fields.input('focus').id}>
            <Fieldset.Legend>{t('form.focus')}</Fieldset.Legend>
            {focusValues.map((value) => (
              <Radio
                key={value}
                name="burden-focus"
                label={t(`focus.${value}`)}
                value={value}
                checked={values.focus === value}
                onChange={() => set('focus', value)}
              />
            ))}
          </Fieldset>
        </>
      ) : null}
      <UnitSelectField
        {...fields.input('ownerUnitId')}
        label={<RequiredLabel text={t('form.ownerUnit')} />}
        description={t('form.ownerUnitHint')}
        value={values.ownerUnitId}
        onChange={(unitId) => set('ownerUnitId', unitId)}
        emptyLabel={t('form.chooseUnit')}
      />
      <PersonPicker
        {...fields.input('ownerPersonId')}
        legend={t('form.ownerPerson')}
        value={values.ownerPerson ? { ...values.ownerPerson, title: '', email: '', active: true, units: [] } : null}
        onChange={(person) => set('ownerPerson', { id: person.id, name: person.name })}
      />
      {values.ownerPerson ? (
        <div className="button-row">
          <Button variant="tertiary" data-size="sm" onClick={() => set('ownerPerson', null)}>
            {t('form.ownerPersonClear', { name: values.ownerPerson.name })}
          </Button>
        </div>
      ) : (
        <Paragraph data-size="sm" className="burden-hint">
          {t('form.ownerPersonHint')}
        </Paragraph>
      )}
      <Field>
        <Label htmlFor={fields.input('origin').id}>{t('form.origin')}</Label>
        <Field.Description>{t('form.originHint')}</Field.Description>
        <Select
          id={fields.input('origin').id}
          value={values.origin}
          onChange={(event) => isDemandOrigin(event.target.value) && set('origin', event.target.value)}
        >
          {demandOrigins.map((origin) => (
            <Select.Option key={origin} value={origin}>
              {t(`origins.${origin}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {values.origin === 'organisation' ? (
        <UnitSelectField
          {...fields.input('originUnitId')}
          label={t('form.originUnit')}
          value={values.originUnitId}
          onChange={(unitId) => set('originUnitId', unitId)}
          emptyLabel={t('form.notKnown')}
        />
      ) : null}
      <Textfield
        {...fields.input('legalBasis')}
        label={t('form.legalBasis')}
        description={t('form.legalBasisHint')}
        value={values.legalBasis}
        onChange={(event) => set('legalBasis', event.target.value)}
      />
      <Textfield
        {...fields.input('purpose')}
        label={t('form.purpose')}
        description={t('form.purposeHint')}
        multiline
        rows={2}
        value={values.purpose}
        onChange={(event) => set('purpose', event.target.value)}
      />
      <Textfield
        {...fields.input('resultUsers')}
        label={t('form.resultUsers')}
        description={t('form.resultUsersHint')}
        value={values.resultUsers}
        onChange={(event) => set('resultUsers', event.target.value)}
      />
      <Fieldset>
        <Fieldset.Legend>{t('form.frequency')}</Fieldset.Legend>
        <Fieldset.Description>{t('form.frequencyHint')}</Fieldset.Description>
        <div className="burden-performer">
          <Textfield
            {...fields.input('frequencyCount')}
            label={<RequiredLabel text={t('form.frequencyCount')} />}
            inputMode="numeric"
            value={values.frequencyCount}
            onChange={(event) => set('frequencyCount', event.target.value)}
          />
          <Field>
            <Label htmlFor={fields.input('frequencyUnit').id}>{t('form.frequencyUnit')}</Label>
            <Select
              id={fields.input('frequencyUnit').id}
              value={values.frequencyUnit}
              onChange={(event) => isFrequencyUnit(event.target.value) && set('frequencyUnit', event.target.value)}
            >
              {frequencyUnits.map((unit) => (
                <Select.Option key={unit} value={unit}>
                  {t(`frequencyUnits.${unit}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>
      <Textfield
        {...fields.input('minutes')}
        label={<RequiredLabel text={t('form.minutes')} />}
        description={t('form.minutesHint')}
        inputMode="numeric"
        value={values.minutes}
        onChange={(event) => set('minutes', event.target.value)}
      />
      <PerPerson minutes={values.minutes} unit={values.frequencyUnit} count={values.frequencyCount} />
      <Fieldset id={fields.input('performers').id}>
        <Fieldset.Legend>{t('form.performers')}</Fieldset.Legend>
        <Fieldset.Description>{t('form.performersHint')}</Fieldset.Description>
        {values.performers.map((row, index) => (
          <div key={index} className="burden-performer">
            <UnitSelectField
              id={`${fields.input('performers').id}-${index}`}
              label={t('form.performerUnit', { number: index + 1 })}
              value={row.unitId}
              onChange={(unitId) => setPerformer(index, { unitId })}
              emptyLabel={t('form.chooseUnit')}
              error={fieldError(error, `performers.${index}.unitId`)}
            />
            <Field>
              <Label htmlFor={`${fields.input('performers').id}-${index}-role`}>{t('form.performerRole')}</Label>
              <Select
                id={`${fields.input('performers').id}-${index}-role`}
                value={row.role}
                onChange={(event) =>
                  isPerformerRole(event.target.value) && setPerformer(index, { role: event.target.value })
                }
              >
                {performerRoles.map((role) => (
                  <Select.Option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Checkbox
              label={t('form.includeDescendants')}
              checked={row.includeDescendants}
              onChange={(event) => setPerformer(index, { includeDescendants: event.target.checked })}
            />
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                set(
                  'performers',
                  values.performers.filter((_, i) => i !== index),
                )
              }
            >
              {t('form.removePerformer', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <div className="button-row">
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              set('performers', [...values.performers, { unitId: '', includeDescendants: false, role: 'all' }])
            }
          >
            {t('form.addPerformer')}
          </Button>
        </div>
      </Fieldset>
      <Textfield
        {...fields.input('performersEntered')}
        label={t('form.performersEntered')}
        description={t('form.performersEnteredHint')}
        inputMode="numeric"
        value={values.performersEntered}
        onChange={(event) => set('performersEntered', event.target.value)}
      />
      <Textfield
        {...fields.input('reviewOn')}
        type="date"
        label={t('form.reviewOn')}
        description={t('form.reviewOnHint')}
        value={values.reviewOn}
        onChange={(event) => set('reviewOn', event.target.value)}
      />
    </FormShell>
  );
}

/** While typing: what one performer spends a year, so the owner sees the price before saving (the
 *  number of performers is counted by the server from the organisation). */
function PerPerson(props: { minutes: string; unit: FrequencyUnit; count: string }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const minutes = wholeNumber(props.minutes);
  const count = wholeNumber(props.count);
  if (minutes === null || count === null || minutes === 0 || count === 0) return null;
  const occurrences = occurrencesPerYear(props.unit, count);
  return (
    <Paragraph data-size="sm" className="burden-trace" aria-live="polite">
      {t('form.perPerson', {
        minutes: formatNumber(minutes),
        occurrences: formatNumber(occurrences),
        hours: formatNumber((minutes * occurrences) / 60, { maximumFractionDigits: 1 }),
      })}
    </Paragraph>
  );
}
