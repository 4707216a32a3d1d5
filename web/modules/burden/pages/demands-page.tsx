import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import {
  demandKinds,
  demandOrigins,
  demandStatuses,
  isDemandKind,
  isDemandOrigin,
  isDemandStatus,
  type DemandSummary,
} from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { useUnits } from '../../org/api/use-units';
import { SearchField } from '../../org/components/list-filters';
import { Pager } from '../../org/components/pager';
import { UnitFilterSelect } from '../../org/components/unit-filter-select';
import { useDebouncedValue } from '../../org/lib/use-debounced-value';
import { retryFor } from '../../org/lib/retry';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { isAdmin, useMe } from '../../platform/use-me';
import { FilterSelect } from '../../signals/components/filter-select';
import type { DemandListParams } from '../api/query-keys';
import { demandsExportUrl, useDemands } from '../api/use-demands';
import { frequencyText } from '../lib/frequency';
import { mayCreateDemand } from '../lib/viewer';
import '../../org/org.css';
import '../burden.css';

const pageSize = 25;
const mineValues = ['performing', 'owning'] as const;
const isMine = (value: unknown): value is (typeof mineValues)[number] => value === 'performing' || value === 'owning';

/** /burden/demands: the inventory, filtered in the address so a filtered list can be shared. */
export function DemandsPage() {
  const { t } = useTranslation('burden');
  const me = useMe().data;
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const [status] = useStatusMessage();
  const list = useMemo<DemandListParams>(() => {
    const kind = params.get('kind');
    const origin = params.get('origin');
    const state = params.get('status');
    const mine = params.get('mine');
    return {
      unitId: params.get('unit') ?? undefined,
      kind: isDemandKind(kind) ? kind : undefined,
      origin: isDemandOrigin(origin) ? origin : undefined,
      status: isDemandStatus(state) ? state : undefined,
      mine: isMine(mine) ? mine : undefined,
      q: params.get('q') ?? undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize,
    };
  }, [params]);
  const [text, setText] = useState(list.q ?? '');
  const q = useDebouncedValue(text.trim());
  const demands = useDemands(list);

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((list.q ?? '') !== q) update({ q: q || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the settled search text triggers this
  }, [q]);

  return (
    <div className="page">
      <PageHeading title={t('list.title')} />
      <Paragraph>{t('list.intro')}</Paragraph>
      <StatusMessage message={status} />
      <div className="button-row">
        {mayCreateDemand(me) ? <AppLink to="/burden/demands/new">{t('list.new')}</AppLink> : null}
        {isAdmin(me) ? <AppLink to="/burden/import">{t('import.title')}</AppLink> : null}
        <Link href={demandsExportUrl(list)} download>
          {t('list.export')}
        </Link>
        <AppLink to="/burden">{t('list.toOverview')}</AppLink>
      </div>
      <div className="org-toolbar burden-filters">
        <SearchField label={t('list.search')} value={text} onChange={setText} />
        {units.data ? (
          <UnitFilterSelect
            label={t('list.unitFilter')}
            units={units.data.items}
            value={list.unitId}
            onChange={(unit) => update({ unit })}
          />
        ) : null}
        <FilterSelect
          label={t('list.kindFilter')}
          allLabel={t('list.all')}
          value={list.kind}
          options={demandKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          onChange={(kind) => update({ kind })}
        />
        <FilterSelect
          label={t('list.originFilter')}
          allLabel={t('list.all')}
          value={list.origin}
          options={demandOrigins.map((o) => ({ value: o, label: t(`origins.${o}`) }))}
          onChange={(origin) => update({ origin })}
        />
        <FilterSelect
          label={t('list.statusFilter')}
          allLabel={t('statuses.active')}
          value={list.status === 'active' ? undefined : list.status}
          options={demandStatuses.filter((s) => s !== 'active').map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onChange={(state) => update({ status: state })}
        />
        <FilterSelect
          label={t('list.mineFilter')}
          allLabel={t('list.everyone')}
          value={list.mine}
          options={mineValues.map((m) => ({ value: m, label: t(`list.mine.${m}`) }))}
          onChange={(mine) => update({ mine })}
        />
      </div>
      {demands.isPending ? <Loading /> : null}
      {demands.isError ? <QueryError error={demands.error} onRetry={retryFor(demands)} /> : null}
      {demands.data ? (
        <section className="page-section" aria-labelledby="burden-results">
          <Heading level={2} data-size="sm" id="burden-results">
            {t('list.results', { count: demands.data.total })}
          </Heading>
          <TotalHours hours={demands.data.totalHours} />
          {demands.data.items.length === 0 ? <Paragraph>{t('list.none')}</Paragraph> : null}
          <ul className="plain-list">
            {demands.data.items.map((demand) => (
              <li key={demand.id}>
                <DemandCard demand={demand} />
              </li>
            ))}
          </ul>
          <Pager
            offset={(list.page - 1) * pageSize}
            limit={pageSize}
            total={demands.data.total}
            onOffset={(offset) => update({ page: offset > 0 ? String(offset / pageSize + 1) : undefined })}
            announce
          />
        </section>
      ) : null}
    </div>
  );
}

function TotalHours({ hours }: { hours: number }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  return <Paragraph>{t('list.totalHours', { hours: formatNumber(hours, { maximumFractionDigits: 0 }) })}</Paragraph>;
}

function DemandCard({ demand }: { demand: DemandSummary }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const n = (value: number, digits = 1) => formatNumber(value, { maximumFractionDigits: digits });
  const c = demand.cost;
  return (
    <Card data-color="neutral" className="burden-card">
      <Heading level={3} data-size="xs" className="burden-wrap">
        <RouterLink to={`/burden/demands/${demand.id}`}>{demand.title}</RouterLink>
      </Heading>
      <Paragraph data-size="sm" className="meta">
        {t(`kinds.${demand.kind}`)} · {t(`origins.${demand.origin}`)} · {demand.ownerUnit.name}
        {demand.status !== 'active' ? ` · ${t(`statuses.${demand.status}`)}` : ''}
      </Paragraph>
      <Paragraph>
        <span className="burden-strong">{t('list.hours', { hours: n(c.annualHours) })}</span>{' '}
        <span className="burden-trace">
          {t('list.trace', {
            minutes: n(c.minutes),
            frequency: frequencyText(t, c.frequencyUnit, c.frequencyCount),
            performers: c.performers,
          })}
        </span>
      </Paragraph>
      <Paragraph data-size="sm">
        {demand.assessments.count === 0
          ? t('list.notAssessed')
          : t('list.assessed', {
              count: demand.assessments.count,
              mean: demand.assessments.meanUsefulness === null ? '–' : n(demand.assessments.meanUsefulness),
            })}
      </Paragraph>
    </Card>
  );
}
