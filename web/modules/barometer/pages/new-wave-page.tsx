import { Checkbox, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waveRepeats, type WaveRepeat } from '../../../../common/barometer/api.js';
import { isOneOf } from '../../../../common/platform/one-of.js';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { useUnits } from '../../org/api/use-units';
import { useMe } from '../../platform/use-me';
import { useInstruments } from '../api/admin-api';
import { useCreateWave } from '../api/waves-api';
import { indented, internalUnitOptions, type UnitOption } from '../lib/unit-options';
import { canAnalyse } from '../lib/viewer';
import { addDays, closesAtIso, localDay, opensAtIso } from '../lib/wave-dates';
import '../../org/org.css';
import '../barometer.css';

/** /barometer/waves/new: analysts and administrators for any part of the organisation, managers
 *  for a pulse on the units they manage (the server checks either way). */
export function NewWavePage() {
  const { t } = useTranslation('barometer');
  const me = useMe().data;
  const instruments = useInstruments();
  const units = useUnits();
  const { locale } = useFormat();
  const ready = me && instruments.data && units.data;
  const analyst = canAnalyse(me);
  const managed = new Set(
    (me?.memberships ?? []).filter((m) => m.role === 'manager' || m.role === 'deputy').map((m) => m.unitId),
  );
  const options = units.data
    ? internalUnitOptions(units.data.items, locale).filter((o) => analyst || managed.has(o.id))
    : [];
  // Newest version of each instrument: the list is newest first.
  const latest = (instruments.data?.items ?? []).filter(
    (item, index, all) => all.findIndex((other) => other.key === item.key) === index,
  );
  return (
    <div className="page page--text">
      <PageHeading title={t('newWave.title')} />
      {ready ? (
        <NewWaveForm
          instruments={latest.map((i) => ({ key: i.key, name: i.name, description: i.description }))}
          units={options}
          wholeOrganisation={analyst}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function NewWaveForm(props: {
  instruments: { key: string; name: string; description: string }[];
  units: UnitOption[];
  wholeOrganisation: boolean;
}) {
  const { t } = useTranslation('barometer');
  const create = useCreateWave();
  const navigateWithFlash = useNavigateWithFlash();
  const today = localDay(new Date());
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [scope, setScope] = useState(props.wholeOrganisation ? '' : (props.units[0]?.id ?? ''));
  const [opens, setOpens] = useState(today);
  const [closes, setCloses] = useState(addDays(today, 14));
  const [repeat, setRepeat] = useState<WaveRepeat>('none');
  const [reminder, setReminder] = useState('3');
  const [dependent, setDependent] = useState<string[]>([]);
  const fields = useFormFields(
    {
      title: t('newWave.titleLabel'),
      instruments: t('newWave.instrumentsLegend'),
      scopeUnitId: t('newWave.scopeLabel'),
      opensAt: t('newWave.opensLabel'),
      closesAt: t('newWave.closesLabel'),
      repeat: t('newWave.repeatLegend'),
      reminderDaysBeforeClose: t('newWave.reminderLabel'),
      dependentUnitIds: t('newWave.dependentLabel'),
    },
    create.error,
  );
  const submit = () =>
    create.mutate(
      {
        title,
        instruments: chosen.map((key) => ({ key })),
        scopeUnitId: scope === '' ? null : scope,
        opensAt: opensAtIso(opens),
        closesAt: closesAtIso(closes),
        repeat,
        reminderDaysBeforeClose: reminder.trim() === '' ? null : Number(reminder),
        dependentUnitIds: chosen.includes('relationalCoordination') ? dependent : [],
      },
      { onSuccess: (wave) => navigateWithFlash(`/barometer/waves/${wave.id}`, t('newWave.created')) },
    );
  return (
    <FormShell
      error={create.error}
      fields={fields.summary}
      pending={create.isPending}
      submitLabel={t('newWave.submit')}
      onSubmit={submit}
      cancelTo="/barometer"
    >
      <Textfield
        {...fields.input('title')}
        label={<RequiredLabel text={t('newWave.titleLabel')} />}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        aria-required
      />
      <Fieldset>
        <Fieldset.Legend>
          <RequiredLabel text={t('newWave.instrumentsLegend')} />
        </Fieldset.Legend>
        {props.instruments.map((instrument, index) => (
          <Checkbox
            key={instrument.key}
            id={index === 0 ? fields.input('instruments').id : undefined}
            value={instrument.key}
            label={instrument.name}
            description={instrument.description || undefined}
            checked={chosen.includes(instrument.key)}
            onChange={(event) =>
              setChosen((current) =>
                event.target.checked ? [...current, instrument.key] : current.filter((key) => key !== instrument.key),
              )
            }
          />
        ))}
        {fields.input('instruments').error ? (
          <Paragraph data-color="danger">{fields.input('instruments').error}</Paragraph>
        ) : null}
      </Fieldset>
      <Field>
        <Label htmlFor={fields.input('scopeUnitId').id}>{t('newWave.scopeLabel')}</Label>
        <Select id={fields.input('scopeUnitId').id} value={scope} onChange={(event) => setScope(event.target.value)}>
          {props.wholeOrganisation ? <Select.Option value="">{t('newWave.scopeWhole')}</Select.Option> : null}
          {props.units.map((unit) => (
            <Select.Option key={unit.id} value={unit.id}>
              {indented(unit)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="barometer-action__fields">
        <Textfield
          {...fields.input('opensAt')}
          type="date"
          label={t('newWave.opensLabel')}
          value={opens}
          onChange={(event) => setOpens(event.target.value)}
        />
        <Textfield
          {...fields.input('closesAt')}
          type="date"
          label={t('newWave.closesLabel')}
          value={closes}
          onChange={(event) => setCloses(event.target.value)}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('newWave.repeatLegend')}</Fieldset.Legend>
        {waveRepeats.map((value, index) => (
          <Radio
            key={value}
            id={index === 0 ? fields.input('repeat').id : undefined}
            name="repeat"
            value={value}
            label={t(`repeats.${value}`)}
            checked={repeat === value}
            onChange={() => setRepeat(value)}
          />
        ))}
      </Fieldset>
      <Textfield
        {...fields.input('reminderDaysBeforeClose')}
        type="number"
        inputMode="numeric"
        min={1}
        label={t('newWave.reminderLabel')}
        description={t('newWave.reminderHint')}
        value={reminder}
        onChange={(event) => setReminder(event.target.value)}
      />
      {chosen.includes('relationalCoordination') ? (
        <Field>
          <Label htmlFor={fields.input('dependentUnitIds').id}>{t('newWave.dependentLabel')}</Label>
          <Paragraph data-size="sm" className="barometer-hint">
            {t('newWave.dependentHint')}
          </Paragraph>
          <select
            id={fields.input('dependentUnitIds').id}
            className="ds-input barometer-multi"
            multiple
            size={8}
            value={dependent}
            onChange={(event) =>
              setDependent(
                Array.from(event.target.selectedOptions, (option) => option.value).filter((v) =>
                  isOneOf(
                    props.units.map((u) => u.id),
                    v,
                  ),
                ),
              )
            }
          >
            {props.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {indented(unit)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </FormShell>
  );
}
