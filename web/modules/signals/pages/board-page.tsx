import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useDebouncedValue } from '../../org/lib/use-debounced-value';
import { retryFor } from '../../org/lib/retry';
import { isAdmin, useMe } from '../../platform/use-me';
import { signalsExportUrl } from '../api/export-signals';
import { useSignals } from '../api/use-signals';
import { BoardFilters } from '../components/board-filters';
import { SignalCard } from '../components/signal-card';
import { SignalResults } from '../components/signal-results';
import { useAge } from '../lib/age';
import { useBoardParams } from '../lib/use-board-params';
import { ledUnitIds, seesFigures } from '../lib/viewer';
import '../../org/org.css';
import '../signals.css';

const pageSize = 25;

/** /signals: everything raised in the organisation that the reader may see, filtered in the address. */
export function BoardPage() {
  const { t } = useTranslation('signals');
  const me = useMe().data;
  const { list, update, searchText } = useBoardParams(pageSize);
  const [text, setText] = useState(searchText);
  const q = useDebouncedValue(text.trim());
  const signals = useSignals(list);
  const age = useAge();

  // The settled search text goes into the address (and starts from the first page).
  useEffect(() => {
    if ((list.q ?? '') !== q) update({ q: q || undefined });
  }, [q, list.q, update]);

  return (
    <div className="page">
      <PageHeading title={t('title')} />
      <Paragraph>{t('board.intro')}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <RouterLink to="/signals/new">{t('nav.raise')}</RouterLink>
        </Button>
        <AppLink to="/signals/good-examples">{t('board.goodExamples')}</AppLink>
        {seesFigures(me) ? <AppLink to="/signals/figures">{t('board.figures')}</AppLink> : null}
        {isAdmin(me) ? <AppLink to="/signals/settings">{t('board.settings')}</AppLink> : null}
      </div>
      <BoardFilters
        list={list}
        searchText={text}
        onSearchText={setText}
        update={update}
        leads={ledUnitIds(me).length > 0}
      />
      <Paragraph>
        <Link href={signalsExportUrl(list)} download>
          {t('board.export')}
        </Link>
      </Paragraph>
      {signals.isPending ? <Loading /> : null}
      {signals.isError ? <QueryError error={signals.error} onRetry={retryFor(signals)} /> : null}
      {signals.data ? (
        <SignalResults
          headingId="signals-results"
          heading={t('board.resultsHeading')}
          items={signals.data.items}
          total={signals.data.total}
          page={list.page}
          pageSize={pageSize}
          onPage={(page) => update({ page: page > 1 ? String(page) : undefined })}
          empty={t('board.noResults')}
        >
          <ul className="plain-list">
            {signals.data.items.map((signal) => (
              <li key={signal.id}>
                <SignalCard signal={signal} age={age} />
              </li>
            ))}
          </ul>
        </SignalResults>
      ) : null}
    </div>
  );
}
