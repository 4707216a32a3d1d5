import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToAssess } from '../../../../common/burden/api.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { retryFor } from '../../org/lib/retry';
import { useAssess, useToAssess } from '../api/use-to-assess';
import { AssessCard, type AssessValues } from '../components/assess-card';
import { excerpt } from '../lib/excerpt';
import { frequencyText } from '../lib/frequency';
import '../burden.css';

type Item = ToAssess['items'][number];

/** /burden/assess: the frontline's page. Only the demands the reader performs, the open round's
 *  first; each one is three taps on a phone (usefulness, "would anyone notice", Save) because the
 *  minutes start at the owner's estimate and the comment is optional. After a save the focus moves
 *  on to the next demand not yet assessed, so the reader never hunts for it. */
export function AssessPage() {
  const { t } = useTranslation('burden');
  const { formatDate } = useFormat();
  const toAssess = useToAssess();
  const [status, setStatus] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const items = toAssess.data?.items ?? [];
  const open = items.find((item) => item.round !== null)?.round ?? null;
  const remaining = items.filter((item) => item.mine === null).length;

  const saved = (item: Item) => {
    setStatus(t('assess.saved', { title: item.demand.title }));
    const index = items.indexOf(item);
    const next = [...items.slice(index + 1), ...items.slice(0, index)].find((other) => other.mine === null);
    if (next) headings.current.get(next.demand.id)?.focus();
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('assess.title')} />
      <Paragraph>{t('assess.intro')}</Paragraph>
      {open ? (
        <Paragraph>{t('assess.roundOpen', { title: open.title, date: formatDate(open.closesOn) })}</Paragraph>
      ) : null}
      <StatusMessage message={status} />
      {toAssess.isPending ? <Loading /> : null}
      {toAssess.isError ? <QueryError error={toAssess.error} onRetry={retryFor(toAssess)} /> : null}
      {toAssess.data && items.length === 0 ? <Paragraph>{t('assess.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <>
          <Paragraph data-size="sm" className="burden-hint">
            {t('assess.progress', { count: remaining, total: items.length })}
          </Paragraph>
          <ul className="burden-assess-list" aria-label={t('assess.listLabel')}>
            {items.map((item) => (
              <li key={item.demand.id}>
                <AssessItem
                  item={item}
                  onSaved={() => saved(item)}
                  headingRef={(element) => {
                    if (element) headings.current.set(item.demand.id, element);
                    else headings.current.delete(item.demand.id);
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={2} data-size="xs">
        {t('assess.whyHeading')}
      </Heading>
      <Paragraph>{t('assess.why')}</Paragraph>
      <Paragraph>
        <AppLink to="/burden/demands?mine=performing">{t('assess.allMine')}</AppLink>
      </Paragraph>
    </div>
  );
}

/** Each demand saves on its own, so saving one never waits for (or blocks) another. */
function AssessItem(props: {
  item: Item;
  onSaved: () => void;
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const { t } = useTranslation('burden');
  const assess = useAssess();
  const { demand, round, mine } = props.item;
  const savedValues: AssessValues | null = mine
    ? { usefulness: mine.usefulness, noticed: mine.noticed, minutes: mine.minutes, comment: mine.comment }
    : null;
  const save = (values: AssessValues) =>
    assess.mutate(
      {
        demandId: demand.id,
        usefulness: values.usefulness,
        noticed: values.noticed,
        // Sent even when left at the owner's estimate: leaving it means "about right", and the
        // frontline median should count that too. An emptied field means "don't know" (null).
        minutes: values.minutes,
        comment: values.comment,
        roundId: round?.id ?? null,
      },
      { onSuccess: props.onSaved },
    );
  return (
    <AssessCard
      demandId={demand.id}
      title={demand.title}
      summary={excerpt(demand.description, 240)}
      frequency={frequencyText(t, demand.frequencyUnit, demand.frequencyCount)}
      ownerMinutes={demand.minutes}
      saved={savedValues}
      pending={assess.isPending}
      error={assess.error}
      onSave={save}
      headingRef={props.headingRef}
    />
  );
}
