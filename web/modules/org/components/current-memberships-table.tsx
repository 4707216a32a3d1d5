import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../../../../common/org/roles.js';
import { useFormat } from '../../../ui/format';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

interface CurrentMembershipsTableProps<T extends { role: MembershipRole; startedAt: string }> {
  /** The table's name for screen readers. */
  label: string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column: the other end of the membership (the unit on a person's page, the person
   *  on a unit's page). */
  other: { header: string; cell: (row: T) => ReactNode };
  /** Given when the viewer may end memberships; `label` names each button for screen readers. */
  end?: { label: (row: T) => string; onEnd: (row: T) => void };
}

export function CurrentMembershipsTable<T extends { role: MembershipRole; startedAt: string }>({
  label,
  empty,
  rows,
  rowKey,
  other,
  end,
}: CurrentMembershipsTableProps<T>) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  const role = t('fields.membershipRole');
  const since = t('members.since');
  if (rows.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <StackTable label={label}>
      <StackHead>
        <StackHeader>{other.header}</StackHeader>
        <StackHeader>{role}</StackHeader>
        <StackHeader>{since}</StackHeader>
        {end ? <StackHeader>{t('common.actions')}</StackHeader> : null}
      </StackHead>
      <StackBody>
        {rows.map((row) => (
          <StackRow key={rowKey(row)}>
            <StackCell label={other.header}>{other.cell(row)}</StackCell>
            <StackCell label={role}>{t(`membershipRoles.${row.role}`)}</StackCell>
            <StackCell label={since}>{formatDate(row.startedAt)}</StackCell>
            {end ? (
              <StackCell>
                <Button variant="tertiary" data-size="sm" aria-label={end.label(row)} onClick={() => end.onEnd(row)}>
                  {t('members.end')}
                </Button>
              </StackCell>
            ) : null}
          </StackRow>
        ))}
      </StackBody>
    </StackTable>
  );
}
