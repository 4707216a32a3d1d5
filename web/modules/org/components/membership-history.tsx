import { Details } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Ended memberships, folded away under their count; nothing at all when there are none. */
export function MembershipHistory({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation('org');
  if (count === 0) return null;
  return (
    <Details className="org-history">
      <Details.Summary>{t('members.history', { count })}</Details.Summary>
      <Details.Content>{children}</Details.Content>
    </Details>
  );
}
