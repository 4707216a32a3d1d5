import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalDetail } from '../../../../common/signals/signals.js';
import { QueryError } from '../../../ui/query-error';
import { BusyButton } from '../../org/components/busy-button';
import { useFollowRestrict } from '../api/use-follow-restrict';
import { useSetRestricted } from '../api/use-set-restricted';

/** Who can see the signal, and (for its author and the leaders in the chain) the switch between
 *  everyone and only those who handle it. With a follow key, the anonymous author's switch. */
export function RestrictSection({
  signal,
  onStatus,
  followKey,
}: {
  signal: SignalDetail;
  onStatus: (message: string) => void;
  followKey?: string;
}) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const named = useSetRestricted();
  const follower = useFollowRestrict(followKey ?? '');
  const restrict = followKey === undefined ? named : follower;
  const next = !signal.restricted;
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('restrict.heading')}
      </Heading>
      <Paragraph>{signal.restricted ? t('restrict.restricted') : t('restrict.open')}</Paragraph>
      {restrict.error ? <QueryError error={restrict.error} /> : null}
      <div className="button-row">
        <BusyButton
          variant="secondary"
          pending={restrict.isPending}
          onClick={() =>
            restrict.mutate(
              { id: signal.id, restricted: next },
              { onSuccess: () => onStatus(next ? t('restrict.restrictedDone') : t('restrict.unrestrictedDone')) },
            )
          }
        >
          {next ? t('restrict.restrict') : t('restrict.unrestrict')}
        </BusyButton>
      </div>
    </section>
  );
}
