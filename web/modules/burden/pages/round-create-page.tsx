import { Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { FormShell } from '../../org/components/form-shell';
import { RequiredLabel } from '../../org/components/required-label';
import { useFormFields } from '../../org/lib/use-form-fields';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { newIdempotencyKey } from '../../signals/lib/idempotency-key';
import { useDemands } from '../api/use-demands';
import { useCreateRound } from '../api/use-rounds';
import { UnitSelectField } from '../components/unit-select-field';
import '../../org/org.css';
import '../burden.css';

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

/** /burden/rounds/new: a clean-up round over a unit's demands (with its sub-units) or a chosen set. */
export function RoundCreatePage() {
  const { t } = useTranslation('burden');
  const create = useCreateRound();
  const navigateWithFlash = useNavigateWithFlash();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<'unit' | 'set'>('unit');
  const [unitId, setUnitId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState(isoDay(0));
  const [closesOn, setClosesOn] = useState(isoDay(21));
  const demands = useDemands({ page: 1, pageSize: 100, sort: 'hours' });
  const fields = useFormFields(
    {
      title: t('roundForm.title'),
      scopeUnitId: t('roundForm.scopeUnit'),
      demandIds: t('roundForm.demands'),
      opensOn: t('roundForm.opensOn'),
      closesOn: t('roundForm.closesOn'),
    },
    create.error,
  );
  const submit = () =>
    create.mutate(
      {
        title,
        scopeUnitId: scope === 'unit' && unitId !== '' ? unitId : null,
        demandIds: scope === 'set' ? chosen : [],
        opensOn,
        closesOn,
        idempotencyKey,
      },
      { onSuccess: (round) => navigateWithFlash(`/burden/rounds/${round.id}`, t('roundForm.created')) },
    );
  return (
    <div className="page page--text">
      <PageHeading title={t('roundForm.heading')} />
      <Paragraph>{t('roundForm.intro')}</Paragraph>
      <FormShell
        error={create.error}
        fields={fields.summary}
        pending={create.isPending}
        submitLabel={t('roundForm.submit')}
        cancelTo="/burden/rounds"
        onSubmit={submit}
      >
        <Textfield
          {...fields.input('title')}
          label={<RequiredLabel text={t('roundForm.title')} />}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-required
        />
        <Fieldset>
          <Fieldset.Legend>{t('roundForm.scope')}</Fieldset.Legend>
          <Radio
            name="burden-round-scope"
            label={t('roundForm.scopeUnitChoice')}
            value="unit"
            checked={scope === 'unit'}
            onChange={() => setScope('unit')}
          />
          <Radio
            name="burden-round-scope"
            label={t('roundForm.scopeSetChoice')}
            value="set"
            checked={scope === 'set'}
            onChange={() => setScope('set')}
          />
        </Fieldset>
        {scope === 'unit' ? (
          <UnitSelectField
            {...fields.input('scopeUnitId')}
            label={t('roundForm.scopeUnit')}
            description={t('roundForm.scopeUnitHint')}
            value={unitId}
            onChange={setUnitId}
            emptyLabel={t('form.chooseUnit')}
          />
        ) : (
          <Fieldset id={fields.input('demandIds').id}>
            <Fieldset.Legend>{t('roundForm.demands')}</Fieldset.Legend>
            {demands.isPending ? <Loading /> : null}
            {(demands.data?.items ?? []).map((demand) => (
              <Checkbox
                key={demand.id}
                label={demand.title}
                value={demand.id}
                checked={chosen.includes(demand.id)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked ? [...current, demand.id] : current.filter((id) => id !== demand.id),
                  )
                }
              />
            ))}
          </Fieldset>
        )}
        <Textfield
          {...fields.input('opensOn')}
          type="date"
          label={<RequiredLabel text={t('roundForm.opensOn')} />}
          value={opensOn}
          onChange={(event) => setOpensOn(event.target.value)}
        />
        <Textfield
          {...fields.input('closesOn')}
          type="date"
          label={<RequiredLabel text={t('roundForm.closesOn')} />}
          value={closesOn}
          onChange={(event) => setClosesOn(event.target.value)}
        />
      </FormShell>
    </div>
  );
}
