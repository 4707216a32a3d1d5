import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignalEvent } from '../../../../common/signals/signals.js';
import { useFormat } from '../../../ui/format';

/** Every step with who, when and what, oldest first, as an ordered list. The heading can take
 *  focus, so that after an answer the reader lands where the new step appeared. */
export function SignalTimeline({ events, headingId }: { events: readonly SignalEvent[]; headingId: string }) {
  const { t } = useTranslation('signals');
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
        {t('signal.timeline')}
      </Heading>
      <ol className="signals-timeline">
        {events.map((event) => (
          <li key={event.id} className={`signals-step signals-step--${event.actorRole}`}>
            <TimelineStep event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function TimelineStep({ event }: { event: SignalEvent }) {
  const { t } = useTranslation('signals');
  const { formatDate, formatDateTime } = useFormat();
  const who = event.actorRole === 'system' ? t('signal.tillit') : event.actor ? event.actor.name : t('anonymous');
  const route =
    event.fromUnit && event.toUnit
      ? t('signal.route', { from: event.fromUnit.name, to: event.toUnit.name })
      : event.toUnit
        ? t('signal.sentTo', { unit: event.toUnit.name })
        : null;
  return (
    <>
      <Paragraph className="signals-step-head">
        <span className="signals-strong">{t(`signal.events.${event.kind}`)}</span>
        <span className="meta">
          {who} · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
        </span>
      </Paragraph>
      {route ? <Paragraph data-size="sm">{route}</Paragraph> : null}
      {event.mandate ? (
        <Paragraph data-size="sm">{t('signal.citedMandate', { title: event.mandate.title })}</Paragraph>
      ) : null}
      {event.plannedBy ? (
        <Paragraph data-size="sm">{t('signal.plannedBy', { date: formatDate(event.plannedBy) })}</Paragraph>
      ) : null}
      {event.text ? <Paragraph className="signals-prewrap">{event.text}</Paragraph> : null}
    </>
  );
}
