import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Overview } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { retryFor } from '../../org/lib/retry';
import { isAdmin, useMe } from '../../platform/use-me';
import { useOverview } from '../api/use-overview';
import { CutChart } from '../components/cut-chart';
import { TopDemandsTable, TrendTable, UnitsTable } from '../components/overview-tables';
import { mayCreateDemand } from '../lib/viewer';
import '../../org/org.css';
import '../burden.css';

/** /burden (optionally ?unit=): the cost of steering in hours, FTE and money, where it falls, the
 *  biggest demands, the trend, and the cut chart that points at candidates for removal. */
export function OverviewPage() {
  const { t } = useTranslation('burden');
  const me = useMe().data;
  const [params] = useSearchParams();
  const unitId = params.get('unit') ?? undefined;
  const overview = useOverview(unitId);
  const data = overview.data;
  return (
    <div className="page">
      <PageHeading title={t('overview.title')} />
      <Paragraph>{t('overview.intro')}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <RouterLink to="/burden/assess">{t('nav.assess')}</RouterLink>
        </Button>
        <AppLink to="/burden/demands">{t('overview.inventoryLink')}</AppLink>
        <AppLink to="/burden/rounds">{t('overview.roundsLink')}</AppLink>
        {mayCreateDemand(me) ? <AppLink to="/burden/demands/new">{t('list.new')}</AppLink> : null}
        {isAdmin(me) ? <AppLink to="/burden/settings">{t('settings.title')}</AppLink> : null}
      </div>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <QueryError error={overview.error} onRetry={retryFor(overview)} /> : null}
      {data ? <OverviewBody data={data} /> : null}
    </div>
  );
}

function OverviewBody({ data }: { data: Overview }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const n = (value: number, digits = 1) => formatNumber(value, { maximumFractionDigits: digits });
  const pct = (share: number | null) =>
    share === null ? t('overview.noShare') : formatNumber(share, { style: 'percent' });
  const { totals, settings } = data;
  return (
    <>
      {data.unit ? (
        <Paragraph>
          {t('overview.scope', { unit: data.unit.name })}{' '}
          <AppLink to="/burden">{t('overview.wholeOrganisation')}</AppLink>
        </Paragraph>
      ) : null}
      <section className="page-section" aria-labelledby="burden-totals">
        <Heading level={2} data-size="sm" id="burden-totals">
          {t('overview.totalsHeading')}
        </Heading>
        <dl className="burden-figures">
          <Figure label={t('figures.hoursPerYear')} value={n(totals.annualHours, 0)} />
          <Figure label={t('figures.fte')} value={n(totals.fte, 1)} />
          <Figure
            label={t('figures.money')}
            value={totals.money === null ? t('figures.noHourlyCost') : n(totals.money, 0)}
            text={totals.money === null}
          />
          <Figure label={t('figures.activeDemands')} value={String(totals.activeDemands)} />
          <Figure
            label={t('figures.hoursPerEmployee')}
            value={totals.hoursPerEmployee === null ? '–' : n(totals.hoursPerEmployee)}
          />
        </dl>
        <Details>
          <Details.Summary>{t('trace.heading')}</Details.Summary>
          <Details.Content>
            <div className="stacked">
              <Paragraph className="burden-trace">
                {t('trace.total', { count: totals.activeDemands, hours: n(totals.annualHours) })}
              </Paragraph>
              <Paragraph className="burden-trace">
                {t('trace.fte', {
                  hours: n(totals.annualHours),
                  hoursPerFte: n(settings.hoursPerFte, 0),
                  fte: n(totals.fte, 2),
                })}
              </Paragraph>
              <Paragraph className="burden-trace">
                {totals.money === null || settings.hourlyCost === null
                  ? t('trace.noMoney')
                  : t('trace.money', {
                      hours: n(totals.annualHours),
                      hourlyCost: n(settings.hourlyCost, 0),
                      money: n(totals.money, 0),
                    })}
              </Paragraph>
              {totals.hoursPerEmployee !== null ? (
                <Paragraph className="burden-trace">
                  {t('trace.perEmployee', {
                    hours: n(totals.annualHours),
                    employees: totals.employees,
                    perEmployee: n(totals.hoursPerEmployee),
                  })}
                </Paragraph>
              ) : null}
            </div>
          </Details.Content>
        </Details>
      </section>
      <section className="page-section" aria-labelledby="burden-shares">
        <Heading level={2} data-size="sm" id="burden-shares">
          {t('overview.sharesHeading')}
        </Heading>
        <dl className="burden-figures">
          <Figure label={t('overview.legalBasisShare')} value={pct(data.legalBasisShare)} />
          <Figure label={t('overview.effectShare', { count: data.goals.count })} value={pct(data.goals.effectShare)} />
          <Figure
            label={t('overview.qualityShare', { count: data.goals.count })}
            value={pct(data.goals.qualityShare)}
          />
        </dl>
        <Paragraph data-size="sm" className="burden-hint">
          {t('overview.sharesHint')}
        </Paragraph>
      </section>
      <CutChart
        points={data.cutChart.points.map((p) => ({
          demandId: p.demand.id,
          title: p.demand.title,
          hours: p.annualHours,
          usefulness: p.meanUsefulness,
          candidate: p.candidate,
        }))}
        candidateHours={data.cutChart.hoursThreshold}
        usefulnessMax={data.cutChart.usefulnessThreshold}
      />
      <UnitsTable units={data.units} />
      <TopDemandsTable top={data.topDemands} />
      <TrendTable trend={data.trend} />
    </>
  );
}

/** A figure with its label; `text` when the value is words ("no hourly cost set"), not a number. */
function Figure({ label, value, text }: { label: string; value: string; text?: boolean }) {
  return (
    <div className="burden-figure">
      <dt>{label}</dt>
      <dd className={text ? 'burden-figure__text' : undefined}>{value}</dd>
    </div>
  );
}
