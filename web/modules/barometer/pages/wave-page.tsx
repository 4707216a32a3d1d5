import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { WaveDetail } from '../../../../common/barometer/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { retryFor } from '../../org/lib/retry';
import { focusElement, useAfterRender } from '../../org/lib/use-after-render';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { hmeExportHref } from '../api/results-api';
import { useWave } from '../api/waves-api';
import { DialogueSection } from '../components/dialogue-section';
import { ResultsSections } from '../components/results-sections';
import { CloseWaveButton, RaiseAnonymityForm } from '../components/wave-admin';
import '../../org/org.css';
import '../barometer.css';

/** /barometer/waves/:id?unitId=: a wave's facts; when closed, its results for one unit of the
 *  reader's choice and that unit's team dialogue. */
export function WavePage() {
  const { t } = useTranslation('barometer');
  const { id = '' } = useParams();
  const wave = useWave(id);
  const [status, setStatus] = useStatusMessage();
  const data = wave.data;
  return (
    <div className="page">
      <Paragraph>
        <AppLink to="/barometer">{t('results.back')}</AppLink>
      </Paragraph>
      <PageHeading title={data ? data.title : t('results.title')} />
      <StatusMessage message={status} />
      {wave.isPending ? <Loading /> : null}
      {wave.isError ? <QueryError error={wave.error} onRetry={retryFor(wave)} /> : null}
      {data ? <WaveContent wave={data} onStatus={setStatus} /> : null}
    </div>
  );
}

function WaveContent({ wave, onStatus }: { wave: WaveDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('barometer');
  const { formatDate } = useFormat();
  const afterRender = useAfterRender();
  const [params, setParams] = useSearchParams();
  const requested = params.get('unitId');
  const unit = wave.units.find((u) => u.id === requested) ?? wave.units[0];
  const unitId = unit?.id;
  const results = wave.status === 'closed' && wave.can.seeResults;
  return (
    <>
      <section className="page-section" aria-labelledby="barometer-facts">
        <Heading level={2} data-size="sm" id="barometer-facts" tabIndex={-1}>
          {t('results.facts')}
        </Heading>
        <ul className="plain-list">
          <li>{t(`statuses.${wave.status}`)}</li>
          <li>
            {t('results.period', {
              opens: formatDate(wave.opensAt),
              closes: formatDate(wave.closedAt ?? wave.closesAt),
            })}
          </li>
          <li>{wave.scope?.name ?? t('newWave.scopeWhole')}</li>
          <li>{wave.instruments.map((instrument) => instrument.name).join(', ')}</li>
          <li>{t('results.minGroup', { k: wave.minGroup })}</li>
        </ul>
        {wave.can.answer ? (
          <div>
            <Button asChild>
              <RouterLink to={`/barometer/waves/${wave.id}/answer`}>
                {t('list.answer', { title: wave.title })}
              </RouterLink>
            </Button>
          </div>
        ) : null}
        {wave.status !== 'closed' ? <Paragraph>{t('results.notClosed')}</Paragraph> : null}
        {wave.can.close && wave.status === 'open' ? (
          <CloseWaveButton
            wave={wave}
            onClosed={(message) => {
              onStatus(message);
              // The button is gone with the open wave; the reader continues at the wave's facts.
              afterRender(() => focusElement('barometer-facts'));
            }}
          />
        ) : null}
      </section>
      {results && wave.units.length > 1 ? (
        <Field>
          <Label>{t('results.unitFilter')}</Label>
          <Select
            value={unitId}
            width="auto"
            onChange={(event) => setParams({ unitId: event.target.value }, { replace: true })}
          >
            {wave.units.map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {`${'\u2003'.repeat(Math.max(0, u.depth - (wave.units[0]?.depth ?? 0)))}${u.name}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
      {results ? <ResultsSections key={unitId} wave={wave} unitId={unitId} /> : null}
      {results && wave.instruments.some((instrument) => instrument.key === 'hme') ? (
        <Paragraph>
          <a className="ds-link" href={hmeExportHref(wave.id)} download>
            {t('results.export')}
          </a>
        </Paragraph>
      ) : null}
      {/* A dialogue belongs to a unit's team; the whole organisation (the wave's own node) has none. */}
      {results && unitId && unitId !== wave.id ? (
        <DialogueSection waveId={wave.id} unitId={unitId} onStatus={onStatus} />
      ) : null}
      {wave.can.raiseAnonymity && wave.status !== 'draft' ? (
        <RaiseAnonymityForm wave={wave} onRaised={onStatus} />
      ) : null}
    </>
  );
}
