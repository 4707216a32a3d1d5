import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignalSummary } from '../../../../common/signals/signals.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { excerpt } from '../lib/excerpt';
import { hoursFromMinutes } from '../lib/hours';
import { SignalTags } from './signal-tags';

/** One signal on the board: what it is, where, how old, how widespread and what it costs. */
export function SignalCard({ signal, age }: { signal: SignalSummary; age: (iso: string) => string }) {
  const { t } = useTranslation('signals');
  const { formatNumber } = useFormat();
  const minutes = signal.meToo.totalMinutesPerWeek;
  return (
    <Card data-color={signal.overdue ? 'danger' : 'neutral'} className="signals-card">
      <SignalTags signal={signal} />
      <Heading level={3} data-size="2xs">
        <AppLink to={`/signals/${signal.id}`}>{excerpt(signal.text, 140)}</AppLink>
      </Heading>
      <Paragraph data-size="sm" className="signals-card-meta">
        <span>{signal.unit.name}</span>
        <span>
          <time dateTime={signal.createdAt}>{t('card.raised', { age: age(signal.createdAt) })}</time>
        </span>
        {signal.handlingUnit.id !== signal.unit.id ? (
          <span>{t('card.handledBy', { unit: signal.handlingUnit.name })}</span>
        ) : null}
        {signal.meToo.count > 0 ? <span>{t('card.meToo', { count: signal.meToo.count })}</span> : null}
        {minutes > 0 ? <span>{t('hours', { hours: formatNumber(hoursFromMinutes(minutes)) })}</span> : null}
      </Paragraph>
    </Card>
  );
}
