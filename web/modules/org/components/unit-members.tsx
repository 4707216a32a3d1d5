import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { AddMemberDialog } from './add-member-dialog';
import { focusElement, useAfterRender } from '../lib/use-after-render';
import { EndMembershipDialog, type MembershipToEnd } from './end-membership-dialog';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

type Member = NonNullable<UnitDetail['members']>[number];

export function UnitMembers({ unit, onStatus }: { unit: UnitDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<MembershipToEnd | null>(null);
  const members = unit.members;
  const afterRender = useAfterRender();

  return (
    <section aria-labelledby="org-unit-members" className="page-section">
      <div className="org-section-header">
        <Heading level={2} data-size="sm" id="org-unit-members" tabIndex={-1}>
          {t('members.heading')}
        </Heading>
        {unit.can.manageMembers && unit.active ? (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            {t('members.add')}
          </Button>
        ) : null}
      </div>
      {members === null ? (
        <Paragraph>{t('members.hidden')}</Paragraph>
      ) : (
        <MemberTables
          unit={unit}
          members={members}
          onEnd={(m) =>
            setEnding({ personId: m.personId, membershipId: m.membershipId, personName: m.name, unitName: unit.name })
          }
        />
      )}
      <AddMemberDialog
        open={adding}
        unitId={unit.id}
        unitName={unit.name}
        onClose={() => setAdding(false)}
        onDone={onStatus}
      />
      <EndMembershipDialog
        target={ending}
        onClose={() => setEnding(null)}
        onDone={(message) => {
          onStatus(message);
          // The row (and its button) has moved to the history.
          afterRender(() => focusElement('org-unit-members'));
        }}
      />
    </section>
  );
}

function MemberTables(props: { unit: UnitDetail; members: Member[]; onEnd: (member: Member) => void }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  const current = props.members.filter((m) => m.endedAt === null);
  const ended = props.members.filter((m) => m.endedAt !== null);
  const canEnd = props.unit.can.manageMembers;
  const labels = {
    name: t('fields.name'),
    role: t('fields.membershipRole'),
    since: t('members.since'),
    period: t('members.period'),
    actions: t('common.actions'),
  };

  return (
    <>
      {current.length === 0 ? (
        <Paragraph>{t('members.none')}</Paragraph>
      ) : (
        <StackTable label={t('members.caption', { unit: props.unit.name })}>
          <StackHead>
            <StackHeader>{labels.name}</StackHeader>
            <StackHeader>{labels.role}</StackHeader>
            <StackHeader>{labels.since}</StackHeader>
            {canEnd ? <StackHeader>{labels.actions}</StackHeader> : null}
          </StackHead>
          <StackBody>
            {current.map((m) => (
              <StackRow key={m.membershipId}>
                <StackCell label={labels.name}>
                  <AppLink to={`/org/people/${m.personId}`}>{m.name}</AppLink>
                  {m.title ? <span className="meta">{m.title}</span> : null}
                </StackCell>
                <StackCell label={labels.role}>{t(`membershipRoles.${m.role}`)}</StackCell>
                <StackCell label={labels.since}>{formatDate(m.startedAt)}</StackCell>
                {canEnd ? (
                  <StackCell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => props.onEnd(m)}
                      aria-label={t('members.endFor', { name: m.name })}
                    >
                      {t('members.end')}
                    </Button>
                  </StackCell>
                ) : null}
              </StackRow>
            ))}
          </StackBody>
        </StackTable>
      )}
      {ended.length > 0 ? (
        <Details className="org-history">
          <Details.Summary>{t('members.history', { count: ended.length })}</Details.Summary>
          <Details.Content>
            <StackTable label={t('members.historyCaption', { unit: props.unit.name })} zebra={false}>
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
          </Details.Content>
        </Details>
      ) : null}
    </>
  );
}
