import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { WaveSummary } from '../../../../common/barometer/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';

/** One wave in a list: its title as the link, then when it closes (or closed) and what it asks. */
export function WaveCard({ wave, to, linkText }: { wave: WaveSummary; to: string; linkText?: string }) {
  const { t } = useTranslation('barometer');
  const { formatDate } = useFormat();
  const when =
    wave.status === 'closed'
      ? t('list.closedOn', { date: formatDate(wave.closedAt ?? wave.closesAt) })
      : t('list.closesOn', { date: formatDate(wave.closesAt) });
  return (
    <Card data-color="neutral" className="barometer-card">
      <Heading level={3} data-size="xs">
        <AppLink to={to}>{linkText ?? wave.title}</AppLink>
      </Heading>
      <Paragraph data-size="sm" className="barometer-hint">
        {when} · {wave.scope?.name ?? t('newWave.scopeWhole')}
      </Paragraph>
      <Paragraph data-size="sm" className="barometer-hint">
        {wave.instruments.map((instrument) => instrument.name).join(', ')}
      </Paragraph>
      {wave.status !== 'closed' ? (
        <div>
          <Tag data-color={wave.status === 'open' ? 'success' : 'neutral'}>{t(`statuses.${wave.status}`)}</Tag>
        </div>
      ) : null}
    </Card>
  );
}
