import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../common/org/people.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { AddMembershipDialog } from './add-membership-dialog';
import { CurrentMembershipsTable } from './current-memberships-table';
import { MembershipHistory } from './membership-history';
import { MembershipsSection } from './memberships-section';

export function PersonMemberships({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  const current = person.memberships.filter((m) => m.endedAt === null);
  const ended = person.memberships.filter((m) => m.endedAt !== null);
  const canChange = person.can.edit && person.active;

  return (
    <MembershipsSection
      headingId="org-person-memberships"
      heading={t('membership.heading')}
      addLabel={canChange ? t('membership.add') : null}
      addDialog={(dialog) => (
        <AddMembershipDialog {...dialog} personId={person.id} personName={person.name} onDone={onStatus} />
      )}
      onStatus={onStatus}
    >
      {(startEnding) => (
        <>
          <CurrentMembershipsTable
            label={t('membership.caption', { name: person.name })}
            empty={t('membership.none')}
            rows={current}
            rowKey={(m) => m.id}
            other={{
              header: t('fields.unit'),
              cell: (m) => <AppLink to={`/org/units/${m.unitId}`}>{m.unitName}</AppLink>,
            }}
            end={
              canChange
                ? {
                    label: (m) => t('membership.endIn', { unit: m.unitName }),
                    onEnd: (m) =>
                      startEnding({
                        personId: person.id,
                        membershipId: m.id,
                        personName: person.name,
                        unitName: m.unitName,
                      }),
                  }
                : undefined
            }
          />
          <MembershipHistory count={ended.length}>
            <ul className="plain-list">
              {ended.map((m) => (
                <li key={m.id} className="org-list-item">
                  <span>
                    <AppLink to={`/org/units/${m.unitId}`}>{m.unitName}</AppLink> ({t(`membershipRoles.${m.role}`)})
                  </span>
                  <span className="meta">
                    {t('members.periodValue', { from: formatDate(m.startedAt), to: formatDate(m.endedAt ?? '') })}
                  </span>
                </li>
              ))}
            </ul>
          </MembershipHistory>
        </>
      )}
    </MembershipsSection>
  );
}
