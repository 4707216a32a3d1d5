import { useTranslation } from 'react-i18next';
import type { DemandDetail } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { frequencyText } from '../lib/frequency';

/** The inputs of a demand as the owner entered them: label and value paired for screen readers. */
export function DemandFacts({ demand }: { demand: DemandDetail }) {
  const { t } = useTranslation('burden');
  const { formatDate } = useFormat();
  const empty = t('detail.notGiven');
  return (
    <dl className="org-facts">
      <Fact label={t('form.purpose')} value={demand.purpose || empty} />
      <Fact label={t('form.resultUsers')} value={demand.resultUsers || empty} />
      <div>
        <dt>{t('detail.owner')}</dt>
        <dd>
          <AppLink to={`/org/units/${demand.ownerUnit.id}`}>{demand.ownerUnit.name}</AppLink>
          {demand.ownerPerson ? ` · ${demand.ownerPerson.name}` : ''}
        </dd>
      </div>
      <Fact
        label={t('form.origin')}
        value={
          demand.originUnit
            ? t('detail.originUnit', { origin: t(`origins.${demand.origin}`), unit: demand.originUnit.name })
            : t(`origins.${demand.origin}`)
        }
      />
      <Fact label={t('form.legalBasis')} value={demand.legalBasis ?? t('detail.noLegalBasis')} />
      <Fact label={t('form.frequency')} value={frequencyText(t, demand.frequencyUnit, demand.frequencyCount)} />
      <Fact label={t('form.minutes')} value={t('units.minutes', { value: demand.minutes })} />
      <div>
        <dt>{t('form.performers')}</dt>
        <dd>
          {demand.performers.length === 0 && demand.performersEntered === null ? empty : null}
          {demand.performers.length > 0 ? (
            <ul className="plain-list">
              {demand.performers.map((p) => (
                <li key={`${p.unit.id}-${p.role}-${String(p.includeDescendants)}`}>
                  {t('detail.performerEntry', {
                    unit: p.unit.name,
                    role: t(`roles.${p.role}`),
                    count: p.count,
                  })}
                  {p.includeDescendants ? ` ${t('detail.withSubunits')}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {demand.performersEntered !== null ? (
            <span className="stacked">{t('detail.performersEntered', { count: demand.performersEntered })}</span>
          ) : null}
        </dd>
      </div>
      <Fact label={t('form.reviewOn')} value={demand.reviewOn ? formatDate(demand.reviewOn) : t('detail.noReview')} />
      {demand.measures ? <Fact label={t('form.measures')} value={t(`measures.${demand.measures}`)} /> : null}
      {demand.focus ? <Fact label={t('form.focus')} value={t(`focus.${demand.focus}`)} /> : null}
    </dl>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="burden-prewrap">{value}</dd>
    </div>
  );
}
