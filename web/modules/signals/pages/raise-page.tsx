import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isSignalKind } from '../../../../common/signals/vocabulary.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { useMe } from '../../platform/use-me';
import { FollowLinkNotice } from '../components/follow-link-notice';
import { RaiseForm } from '../components/raise-form';
import '../../org/org.css';
import '../signals.css';

/** /signals/new, optionally ?kind=good_example (from the good examples wall). */
export function RaisePage() {
  const { t } = useTranslation('signals');
  const me = useMe().data;
  const [params] = useSearchParams();
  const kind = params.get('kind');
  // The anonymous follow key lives only here, in memory: shown once, gone when the page is left.
  const [followKey, setFollowKey] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  return (
    <div className="page page--text">
      <PageHeading title={t('raise.title')} />
      {followKey ? (
        <FollowLinkNotice
          followKey={followKey}
          onAnother={() => {
            setFollowKey(null);
            setRound((r) => r + 1);
          }}
        />
      ) : me ? (
        <RaiseForm
          key={round}
          me={me}
          initialKind={isSignalKind(kind) ? kind : 'obstacle'}
          onAnonymousSent={setFollowKey}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}
