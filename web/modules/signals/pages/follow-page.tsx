import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SignalDetail } from '../../../../common/signals/signals.js';
import { ApiError } from '../../../app/api';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { focusElement, useAfterRender } from '../../org/lib/use-after-render';
import { useFollowReopen } from '../api/use-follow-reopen';
import { useFollowReply } from '../api/use-follow-reply';
import { useFollowedSignal } from '../api/use-followed-signal';
import { RestrictSection } from '../components/restrict-section';
import { SignalFacts } from '../components/signal-facts';
import { SignalTags } from '../components/signal-tags';
import { SignalText } from '../components/signal-text';
import { SignalTimeline } from '../components/signal-timeline';
import { TextForm } from '../components/text-form';
import { followKeyFrom } from '../lib/follow-key';
import '../../org/org.css';
import '../signals.css';

const timelineId = 'follow-timeline';

/** /signals/follow#<key>: the anonymous author's own view, signed in or not. The key is read from
 *  the fragment (never sent to the server in the URL) and goes to the API in a header. */
export function FollowPage() {
  const { t } = useTranslation('signals');
  const { hash } = useLocation();
  const key = useMemo(() => followKeyFrom(hash), [hash]);
  const followed = useFollowedSignal(key);
  const notFound = followed.error instanceof ApiError && followed.error.status === 404;

  return (
    <div className="page page--text">
      <PageHeading title={t('follow.title')} />
      <Paragraph>{t('follow.intro')}</Paragraph>
      <Alert data-color="info">
        <Paragraph>{t('follow.keepPrivate')}</Paragraph>
      </Alert>
      {key === null ? (
        <Alert data-color="warning">
          <Paragraph>{t('follow.noKey')}</Paragraph>
        </Alert>
      ) : null}
      {key !== null && followed.isPending ? <Loading /> : null}
      {notFound ? (
        <Alert data-color="warning">
          <Paragraph>{t('follow.notFound')}</Paragraph>
        </Alert>
      ) : null}
      {followed.isError && !notFound ? (
        <QueryError error={followed.error} onRetry={() => void followed.refetch()} />
      ) : null}
      {key !== null && followed.data ? <FollowedSignal followKey={key} signal={followed.data} /> : null}
    </div>
  );
}

function FollowedSignal({ followKey, signal }: { followKey: string; signal: SignalDetail }) {
  const { t } = useTranslation('signals');
  const reply = useFollowReply(followKey);
  const reopen = useFollowReopen(followKey);
  const [status, setStatus] = useState<string | null>(null);
  const afterRender = useAfterRender();
  const stepTaken = (message: string) => {
    setStatus(message);
    afterRender(() => focusElement(timelineId));
  };
  return (
    <>
      <StatusMessage message={status} />
      <SignalTags signal={signal} />
      <SignalText signal={signal} />
      <section className="page-section" aria-labelledby="follow-facts-heading">
        <Heading level={2} data-size="sm" id="follow-facts-heading">
          {t('signal.facts')}
        </Heading>
        <SignalFacts signal={signal} />
      </section>
      <SignalTimeline events={signal.timeline} headingId={timelineId} />
      {signal.can.reply ? (
        <section className="page-section" aria-labelledby="follow-reply-heading">
          <Heading level={2} data-size="sm" id="follow-reply-heading">
            {t('reply.authorLabel')}
          </Heading>
          <TextForm
            label={t('reply.authorField')}
            submitLabel={t('reply.authorSubmit')}
            pending={reply.isPending}
            error={reply.error}
            onSubmit={(text, done) =>
              reply.mutate(text, {
                onSuccess: () => {
                  done();
                  stepTaken(t('reply.sent'));
                },
              })
            }
          />
        </section>
      ) : null}
      {signal.can.reopen ? (
        <section className="page-section" aria-labelledby="follow-reopen-heading">
          <Heading level={2} data-size="sm" id="follow-reopen-heading">
            {t('reopen.summary')}
          </Heading>
          <TextForm
            label={t('reopen.label')}
            description={t('reopen.hint')}
            submitLabel={t('reopen.submit')}
            pending={reopen.isPending}
            error={reopen.error}
            onSubmit={(text) => reopen.mutate(text, { onSuccess: () => stepTaken(t('reopen.done')) })}
          />
        </section>
      ) : null}
      {signal.can.restrict ? <RestrictSection signal={signal} onStatus={setStatus} followKey={followKey} /> : null}
    </>
  );
}
