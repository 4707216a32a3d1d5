import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { WaveSummary } from '../../../../common/barometer/api.js';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { retryFor } from '../../org/lib/retry';
import { isAdmin, useMe } from '../../platform/use-me';
import { useWaves } from '../api/waves-api';
import { WaveCard } from '../components/wave-card';
import { canAnalyse, canCreateWave } from '../lib/viewer';
import '../../org/org.css';
import '../barometer.css';

/** /barometer: what I am asked to answer first, then the results I may read. */
export function WavesPage() {
  const { t } = useTranslation('barometer');
  const waves = useWaves();
  const me = useMe().data;
  const [status] = useStatusMessage();
  const data = waves.data;
  return (
    <div className="page page--text">
      <PageHeading title={t('title')} />
      <StatusMessage message={status} />
      <Paragraph>{t('list.intro')}</Paragraph>
      {waves.isPending ? <Loading /> : null}
      {waves.isError ? <QueryError error={waves.error} onRetry={retryFor(waves)} /> : null}
      {data ? (
        <>
          <WaveSection
            id="barometer-open"
            heading={t('list.openHeading')}
            empty={t('list.openEmpty')}
            waves={data.toAnswer}
            to={(wave) => `/barometer/waves/${wave.id}/answer`}
            linkText={(wave) => t('list.answer', { title: wave.title })}
          />
          <WaveSection
            id="barometer-results"
            heading={t('list.resultsHeading')}
            empty={t('list.resultsEmpty')}
            waves={data.results}
            to={(wave) => `/barometer/waves/${wave.id}`}
          />
          {data.managed.length > 0 ? (
            <WaveSection
              id="barometer-managed"
              heading={t('list.otherHeading')}
              empty=""
              waves={data.managed}
              to={(wave) => `/barometer/waves/${wave.id}`}
            />
          ) : null}
        </>
      ) : null}
      {canCreateWave(me) ? (
        <section className="page-section" aria-labelledby="barometer-manage">
          <Heading level={2} data-size="sm" id="barometer-manage">
            {t('list.manageHeading')}
          </Heading>
          <ul className="plain-list">
            <li>
              <AppLink to="/barometer/waves/new">{t('list.newWave')}</AppLink>
            </li>
            {canAnalyse(me) ? (
              <li>
                <AppLink to="/barometer/instruments">{t('list.instruments')}</AppLink>
              </li>
            ) : null}
            {isAdmin(me) ? (
              <li>
                <AppLink to="/barometer/settings">{t('list.settings')}</AppLink>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function WaveSection(props: {
  id: string;
  heading: string;
  empty: string;
  waves: WaveSummary[];
  to: (wave: WaveSummary) => string;
  linkText?: (wave: WaveSummary) => string;
}) {
  return (
    <section className="page-section" aria-labelledby={props.id}>
      <Heading level={2} data-size="sm" id={props.id}>
        {props.heading}
      </Heading>
      {props.waves.length === 0 ? (
        <Paragraph>{props.empty}</Paragraph>
      ) : (
        <ul className="plain-list">
          {props.waves.map((wave) => (
            <li key={wave.id}>
              <WaveCard wave={wave} to={props.to(wave)} linkText={props.linkText?.(wave)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
