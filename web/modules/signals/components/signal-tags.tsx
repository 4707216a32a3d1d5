import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignalSummary } from '../../../../common/signals/signals.js';
import type { SignalKind, SignalStatus } from '../../../../common/signals/vocabulary.js';

const kindColors: Record<SignalKind, string> = {
  obstacle: 'warning',
  rule_obstacle: 'warning',
  idea: 'info',
  good_example: 'success',
};

const statusColors: Record<SignalStatus, string> = {
  open: 'neutral',
  taken: 'info',
  declined: 'neutral',
  done: 'success',
};

/** Kind, status and the marks a reader must not miss (overdue, raised a level, restricted,
 *  confidential), each in words: colour only repeats what the text says. */
export function SignalTags({ signal, showKind = true }: { signal: SignalSummary; showKind?: boolean }) {
  const { t } = useTranslation('signals');
  return (
    <p className="signals-tags">
      {showKind ? (
        <Tag data-size="sm" data-color={kindColors[signal.kind]}>
          {t(`kinds.${signal.kind}`)}
        </Tag>
      ) : null}
      <Tag data-size="sm" data-color={statusColors[signal.status]} variant="outline">
        {t(`statuses.${signal.status}`)}
      </Tag>
      {signal.overdue ? (
        <Tag data-size="sm" data-color="danger">
          {t('card.overdue')}
        </Tag>
      ) : null}
      {signal.escalationLevel > 0 ? (
        <Tag data-size="sm" data-color="warning" variant="outline">
          {t('card.escalated')}
        </Tag>
      ) : null}
      {signal.restricted ? (
        <Tag data-size="sm" data-color="neutral" variant="outline">
          {t('card.restricted')}
        </Tag>
      ) : null}
      {signal.confidential ? (
        <Tag data-size="sm" data-color="neutral" variant="outline">
          {t('card.confidential')}
        </Tag>
      ) : null}
    </p>
  );
}
