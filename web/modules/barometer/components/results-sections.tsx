import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveDetail } from '../../../../common/barometer/api.js';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { retryFor } from '../../org/lib/retry';
import { useChain, useCoordination, useHeatmap, useItemsResult, useTrend } from '../api/results-api';
import { ChainTable } from './chain-table';
import { CoordinationTable } from './coordination-table';
import { DistributionTable } from './distribution-table';
import { HeatmapTable } from './heatmap-table';
import { TrendTable } from './trend-table';

interface QueryLike<T> {
  data: T | undefined;
  isLoading: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** A section's loading, error and data states, the same way in every section. */
function Loaded<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  if (query.isError) return <QueryError error={query.error} onRetry={retryFor(query)} />;
  if (query.data !== undefined) return <>{children(query.data)}</>;
  return query.isLoading ? <Loading /> : null;
}

function Section({
  id,
  heading,
  intro,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="page-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {intro ? <Paragraph className="barometer-hint">{intro}</Paragraph> : null}
      {children}
    </section>
  );
}

const has = (wave: WaveDetail, key: string) => wave.instruments.some((instrument) => instrument.key === key);

/** Every view of a closed wave's results, for the unit chosen above them (default: the top of
 *  what the reader may see). Each figure comes from the server already within the anonymity
 *  rules; nothing is computed or hidden here. */
export function ResultsSections({ wave, unitId }: { wave: WaveDetail; unitId: string | undefined }) {
  const { t } = useTranslation('barometer');
  const heatmap = useHeatmap(wave.id, unitId);
  const items = useItemsResult(wave.id, unitId);
  const chain = useChain(wave.id, unitId, has(wave, 'trustChain'));
  const coordination = useCoordination(wave.id, unitId, has(wave, 'relationalCoordination'));
  const [instrument, setInstrument] = useState(wave.instruments[0]?.key);
  // The whole organisation is a node of the wave (its id is the wave's), not a unit with a history.
  const trendUnit = unitId === wave.id ? undefined : unitId;
  const trend = useTrend(trendUnit, instrument);
  return (
    <>
      <Section id="barometer-heatmap" heading={t('heatmap.heading')}>
        <Loaded query={heatmap}>{(data) => <HeatmapTable heatmap={data} />}</Loaded>
      </Section>
      <Section id="barometer-items" heading={t('distribution.heading')}>
        <Loaded query={items}>{(data) => <DistributionTable result={data} />}</Loaded>
      </Section>
      <Section id="barometer-trend" heading={t('trend.heading')}>
        {wave.instruments.length > 1 ? (
          <Field>
            <Label>{t('trend.instrumentLabel')}</Label>
            <Select value={instrument} onChange={(event) => setInstrument(event.target.value)} width="auto">
              {wave.instruments.map((ref) => (
                <Select.Option key={ref.key} value={ref.key}>
                  {ref.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ) : null}
        {trendUnit ? (
          <Loaded query={trend}>{(data) => <TrendTable trend={data} />}</Loaded>
        ) : (
          <Paragraph>{t('trend.pickUnit')}</Paragraph>
        )}
      </Section>
      {has(wave, 'trustChain') ? (
        <Section id="barometer-chain" heading={t('chain.heading')} intro={t('chain.intro')}>
          <Loaded query={chain}>{(data) => <ChainTable chain={data} />}</Loaded>
        </Section>
      ) : null}
      {has(wave, 'relationalCoordination') ? (
        <Section id="barometer-coordination" heading={t('coordination.heading')} intro={t('coordination.intro')}>
          <Loaded query={coordination}>{(data) => <CoordinationTable coordination={data} />}</Loaded>
        </Section>
      ) : null}
    </>
  );
}
