import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { AddMemberDialog } from './add-member-dialog';
import { CurrentMembershipsTable } from './current-memberships-table';
import type { MembershipToEnd } from './end-membership-dialog';
import { MembershipHistory } from './membership-history';
import { MembershipsSection } from './memberships-section';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

type Member = NonNullable<UnitDetail['members']>[number];

export function UnitMembers({ unit, onStatus }: { unit: UnitDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const members = unit.members;

  return (
    <MembershipsSection
      headingId="org-unit-members"
      heading={t('members.heading')}
      addLabel={unit.can.manageMembers && unit.active ? t('members.add') : null}
      addDialog={(dialog) => <AddMemberDialog {...dialog} unitId={unit.id} unitName={unit.name} onDone={onStatus} />}
      onStatus={onStatus}
    >
      {(startEnding) =>
        members === null ? (
          <Paragraph>{t('members.hidden')}</Paragraph>
        ) : (
          <MemberTables unit={unit} members={members} onEnd={startEnding} />
        )
      }
    </MembershipsSection>
  );
}

function MemberTables(props: { unit: UnitDetail; members: Member[]; onEnd: (target: MembershipToEnd) => void }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  const current = props.members.filter((m) => m.endedAt === null);
  const ended = props.members.filter((m) => m.endedAt !== null);
  const { unit, onEnd } = props;
  const labels = { name: t('fields.name'), role: t('fields.membershipRole'), period: t('members.period') };

  return (
    <>
      <CurrentMembershipsTable
        label={t('members.caption', { unit: unit.name })}
        empty={t('members.none')}
        rows={current}
        rowKey={(m) => m.membershipId}
        other={{
          header: labels.name,
          cell: (m) => (
            <>
              <AppLink to={`/org/people/${m.personId}`}>{m.name}</AppLink>
              {m.title ? <span className="meta">{m.title}</span> : null}
            </>
          ),
        }}
        end={
          unit.can.manageMembers
            ? {
                label: (m) => t('members.endFor', { name: m.name }),
                onEnd: (m) =>
                  onEnd({
                    personId: m.personId,
                    membershipId: m.membershipId,
                    personName: m.name,
                    unitName: unit.name,
                  }),
              }
            : undefined
        }
      />
      <MembershipHistory count={ended.length}>
        <StackTable label={t('members.historyCaption', { unit: unit.name })} zebra={false}>
          <StackHead>
            <StackHeader>{labels.name}</StackHeader>
            <StackHeader>{labels.role}</StackHeader>
            <StackHeader>{labels.period}</StackHeader>
          </StackHead>
          <StackBody>
            {ended.map((m) => (
              <StackRow key={m.membershipId}>
                <StackCell label={labels.name}>
                  <AppLink to={`/org/people/${m.personId}`}>{m.name}</AppLink>
                </StackCell>
                <StackCell label={labels.role}>{t(`membershipRoles.${m.role}`)}</StackCell>
                <StackCell label={labels.period}>
                  {t('members.periodValue', { from: formatDate(m.startedAt), to: formatDate(m.endedAt ?? '') })}
                </StackCell>
              </StackRow>
            ))}
          </StackBody>
        </StackTable>
      </MembershipHistory>
    </>
  );
}
