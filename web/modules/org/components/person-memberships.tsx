import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../common/org/people.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { AddMembershipDialog } from './add-membership-dialog';
import { focusElement, useAfterRender } from '../lib/use-after-render';
import { EndMembershipDialog, type MembershipToEnd } from './end-membership-dialog';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

export function PersonMemberships({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const { formatDate } = useFormat();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<MembershipToEnd | null>(null);
  const current = person.memberships.filter((m) => m.endedAt === null);
  const ended = person.memberships.filter((m) => m.endedAt !== null);
  const canChange = person.can.edit && person.active;
  const afterRender = useAfterRender();
  const labels = {
    unit: t('fields.unit'),
    role: t('fields.membershipRole'),
    since: t('members.since'),
    actions: t('common.actions'),
  };

  return (
    <section aria-labelledby="org-person-memberships" className="page-section">
      <div className="org-section-header">
        <Heading level={2} data-size="sm" id="org-person-memberships" tabIndex={-1}>
          {t('membership.heading')}
        </Heading>
        {canChange ? (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            {t('membership.add')}
          </Button>
        ) : null}
      </div>
      {current.length === 0 ? (
        <Paragraph>{t('membership.none')}</Paragraph>
      ) : (
        <StackTable label={t('membership.caption', { name: person.name })}>
          <StackHead>
            <StackHeader>{labels.unit}</StackHeader>
            <StackHeader>{labels.role}</StackHeader>
            <StackHeader>{labels.since}</StackHeader>
            {canChange ? <StackHeader>{labels.actions}</StackHeader> : null}
          </StackHead>
          <StackBody>
            {current.map((m) => (
              <StackRow key={m.id}>
                <StackCell label={labels.unit}>
                  <AppLink to={`/org/units/${m.unitId}`}>{m.unitName}</AppLink>
                </StackCell>
                <StackCell label={labels.role}>{t(`membershipRoles.${m.role}`)}</StackCell>
                <StackCell label={labels.since}>{formatDate(m.startedAt)}</StackCell>
                {canChange ? (
                  <StackCell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('membership.endIn', { unit: m.unitName })}
                      onClick={() =>
                        setEnding({
                          personId: person.id,
                          membershipId: m.id,
                          personName: person.name,
                          unitName: m.unitName,
                        })
                      }
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
          </Details.Content>
        </Details>
      ) : null}
      <AddMembershipDialog
        open={adding}
        personId={person.id}
        personName={person.name}
        onClose={() => setAdding(false)}
        onDone={onStatus}
      />
      <EndMembershipDialog
        target={ending}
        onClose={() => setEnding(null)}
        onDone={(message) => {
          onStatus(message);
          // The row (and its button) has moved to the history.
          afterRender(() => focusElement('org-person-memberships'));
        }}
      />
    </section>
  );
}
