import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SignalSummary } from '../../../../common/signals/signals.js';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { retryFor } from '../../org/lib/retry';
import { useSignals } from '../api/use-signals';
import { SignalResults } from '../components/signal-results';
import { useAge } from '../lib/age';
import { excerpt } from '../lib/excerpt';
import { useBoardParams } from '../lib/use-board-params';
import '../../org/org.css';
import '../signals.css';

const pageSize = 24;

/** /signals/good-examples: work worth lifting up, as a wall of cards (advice 12 of the Norwegian
 *  practice guide: share what works). */
export function GoodExamplesPage() {
  const { t } = useTranslation('signals');
  const { list, update } = useBoardParams(pageSize, { kind: 'good_example', status: undefined, waiting: undefined });
  const examples = useSignals(list);
  const age = useAge();
  return (
    <div className="page">
      <PageHeading title={t('goodExamples.title')} />
      <Paragraph>{t('goodExamples.intro')}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <RouterLink to="/signals/new?kind=good_example">{t('goodExamples.share')}</RouterLink>
        </Button>
        <AppLink to="/signals">{t('signal.back')}</AppLink>
      </div>
      {examples.isPending ? <Loading /> : null}
      {examples.isError ? <QueryError error={examples.error} onRetry={retryFor(examples)} /> : null}
      {examples.data ? (
        <SignalResults
          headingId="signals-good-examples"
          heading={t('board.resultsHeading')}
          items={examples.data.items}
          total={examples.data.total}
          page={list.page}
          pageSize={pageSize}
          onPage={(page) => update({ page: page > 1 ? String(page) : undefined })}
          empty={t('goodExamples.empty')}
        >
          <ul className="signals-wall">
            {examples.data.items.map((example) => (
              <li key={example.id}>
                <ExampleCard example={example} age={age} />
              </li>
            ))}
          </ul>
        </SignalResults>
      ) : null}
    </div>
  );
}

function ExampleCard({ example, age }: { example: SignalSummary; age: (iso: string) => string }) {
  const { t } = useTranslation('signals');
  return (
    <Card data-color="success" variant="tinted" className="signals-example">
      <Heading level={3} data-size="2xs">
        <AppLink to={`/signals/${example.id}`}>{excerpt(example.text, 80)}</AppLink>
      </Heading>
      {example.text.length > 80 ? (
        <Paragraph className="signals-prewrap">{excerpt(example.text, 320)}</Paragraph>
      ) : null}
      <Paragraph data-size="sm" className="signals-card-meta">
        <span>{example.unit.name}</span>
        <span>{example.author ? example.author.name : t('anonymous')}</span>
        <span>
          <time dateTime={example.createdAt}>{t('card.raised', { age: age(example.createdAt) })}</time>
        </span>
      </Paragraph>
    </Card>
  );
}
