import { useTranslation } from 'react-i18next';
import type { SignalSummary } from '../../../../common/signals/signals.js';
import { useFormat } from '../../../ui/format';
import { hoursFromMinutes } from '../lib/hours';

/** The facts of a signal as a description list: label and value stay paired for screen readers
 *  and stack on a phone. The follow page leaves out what only matters to a signed-in reader. */
export function SignalFacts({ signal }: { signal: SignalSummary }) {
  const { t } = useTranslation('signals');
  const { formatDate, formatDateTime, formatNumber } = useFormat();
  const hours = (minutes: number) => formatNumber(hoursFromMinutes(minutes));
  const author = signal.author
    ? signal.mine
      ? t('signal.you', { name: signal.author.name })
      : signal.author.name
    : t('anonymous');
  return (
    <dl className="org-facts">
      <div>
        <dt>{t('signal.unit')}</dt>
        <dd>{signal.unit.name}</dd>
      </div>
      <div>
        <dt>{t('signal.handlingUnit')}</dt>
        <dd>{signal.handlingUnit.name}</dd>
      </div>
      <div>
        <dt>{t('signal.author')}</dt>
        <dd>{author}</dd>
      </div>
      <div>
        <dt>{t('signal.created')}</dt>
        <dd>
          <time dateTime={signal.createdAt}>{formatDateTime(signal.createdAt)}</time>
        </dd>
      </div>
      {signal.status === 'open' ? (
        <div>
          <dt>{t('signal.due')}</dt>
          <dd>
            <time dateTime={signal.dueAt}>{formatDate(signal.dueAt)}</time>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('signal.firstAnswered')}</dt>
        <dd>
          {signal.firstAnsweredAt ? (
            <time dateTime={signal.firstAnsweredAt}>{formatDate(signal.firstAnsweredAt)}</time>
          ) : (
            t('signal.notAnswered')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('signal.cost')}</dt>
        <dd>
          {signal.minutesPerWeek === null && signal.meToo.totalMinutesPerWeek === 0 ? t('signal.noCost') : null}
          {signal.minutesPerWeek !== null ? (
            <span className="signals-block">{t('signal.costAuthor', { hours: hours(signal.minutesPerWeek) })}</span>
          ) : null}
          {signal.meToo.count > 0 && signal.meToo.totalMinutesPerWeek > 0 ? (
            <span className="signals-block">
              {t('signal.costTotal', { hours: hours(signal.meToo.totalMinutesPerWeek) })}
            </span>
          ) : null}
        </dd>
      </div>
      {signal.affects.length > 0 ? (
        <div>
          <dt>{t('signal.affects')}</dt>
          <dd>{signal.affects.map((group) => t(`affects.${group}`)).join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
