import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SignalDetail } from '../../../../common/signals/signals.js';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { focusElement, useAfterRender } from '../../org/lib/use-after-render';
import { useStatusMessage } from '../../org/lib/use-status-message';
import { retryFor } from '../../org/lib/retry';
import { useReopenSignal } from '../api/use-reopen-signal';
import { useReplyToSignal } from '../api/use-reply-to-signal';
import { useSignal } from '../api/use-signal';
import { AnswerForm } from '../components/answer-form';
import { MeTooSection } from '../components/me-too-section';
import { RestrictSection } from '../components/restrict-section';
import { SignalFacts } from '../components/signal-facts';
import { SignalTags } from '../components/signal-tags';
import { SignalText } from '../components/signal-text';
import { SignalTimeline } from '../components/signal-timeline';
import { TextForm } from '../components/text-form';
import '../../org/org.css';
import '../signals.css';

const timelineId = 'signal-timeline';

/** /signals/:id: the signal, its whole timeline, and what the reader may do now (as the server's
 *  `can` says: the page offers nothing the server would refuse). */
export function SignalPage() {
  const { t } = useTranslation('signals');
  const { id = '' } = useParams();
  const signal = useSignal(id);
  const [status, setStatus] = useStatusMessage();
  const afterRender = useAfterRender();
  const data = signal.data;

  // After a step, the reader continues at the timeline, where it appeared; the form they used
  // may be gone (an answered signal offers other answers, or none).
  const stepTaken = (message: string) => {
    setStatus(message);
    afterRender(() => focusElement(timelineId));
  };

  return (
    <div className="page page--text">
      <Paragraph>
        <AppLink to="/signals">{t('signal.back')}</AppLink>
      </Paragraph>
      {/* The same h1 stays in place while loading, so the focus the layout puts on it survives. */}
      <PageHeading
        title={data ? t('signal.heading', { kind: t(`kinds.${data.kind}`), unit: data.unit.name }) : t('signal.title')}
      />
      <StatusMessage message={status} />
      {signal.isPending ? <Loading /> : null}
      {signal.isError ? <QueryError error={signal.error} onRetry={retryFor(signal)} /> : null}
      {data ? (
        <>
          <SignalTags signal={data} />
          <SignalText signal={data} />
          <section className="page-section" aria-labelledby="signal-facts-heading">
            <Heading level={2} data-size="sm" id="signal-facts-heading">
              {t('signal.facts')}
            </Heading>
            <SignalFacts signal={data} />
          </section>
          {data.kind === 'obstacle' || data.kind === 'rule_obstacle' ? (
            <MeTooSection signal={data} onStatus={setStatus} />
          ) : null}
          <SignalTimeline events={data.timeline} headingId={timelineId} />
          {data.can.answer.length > 0 ? (
            <AnswerForm
              key={`${data.status}:${data.handlingUnit.id}:${data.timeline.length}`}
              signal={data}
              onAnswered={stepTaken}
            />
          ) : null}
          <ReplyAndReopen signal={data} onStep={stepTaken} />
          {data.can.restrict ? <RestrictSection signal={data} onStatus={setStatus} /> : null}
        </>
      ) : null}
    </div>
  );
}

function ReplyAndReopen({ signal, onStep }: { signal: SignalDetail; onStep: (message: string) => void }) {
  const { t } = useTranslation('signals');
  const reply = useReplyToSignal();
  const reopen = useReopenSignal();
  const asAuthor = signal.mine;
  return (
    <>
      {signal.can.reply ? (
        <section className="page-section" aria-labelledby="signal-reply-heading">
          <Heading level={2} data-size="sm" id="signal-reply-heading">
            {asAuthor ? t('reply.authorLabel') : t('reply.leaderLabel')}
          </Heading>
          <TextForm
            label={asAuthor ? t('reply.authorField') : t('reply.leaderField')}
            submitLabel={asAuthor ? t('reply.authorSubmit') : t('reply.leaderSubmit')}
            pending={reply.isPending}
            error={reply.error}
            onSubmit={(text, done) =>
              reply.mutate(
                { id: signal.id, text },
                {
                  onSuccess: () => {
                    done();
                    onStep(t('reply.sent'));
                  },
                },
              )
            }
          />
        </section>
      ) : null}
      {signal.can.reopen ? (
        <section className="page-section" aria-labelledby="signal-reopen-heading">
          <Heading level={2} data-size="sm" id="signal-reopen-heading">
            {t('reopen.summary')}
          </Heading>
          <TextForm
            label={t('reopen.label')}
            description={t('reopen.hint')}
            submitLabel={t('reopen.submit')}
            pending={reopen.isPending}
            error={reopen.error}
            onSubmit={(text) => reopen.mutate({ id: signal.id, text }, { onSuccess: () => onStep(t('reopen.done')) })}
          />
        </section>
      ) : null}
    </>
  );
}
