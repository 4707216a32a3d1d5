import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../common/org/people.js';
import { AppLink } from '../../../ui/app-link';
import { InactiveTag } from './inactive-tag';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from './stack-table';

export function PeopleTable({ people }: { people: PersonSummary[] }) {
  const { t } = useTranslation('org');
  const labels = { name: t('fields.name'), units: t('people.unitsColumn'), email: t('fields.email') };
  return (
    <StackTable label={t('people.tableLabel')}>
      <StackHead>
        <StackHeader>{labels.name}</StackHeader>
        <StackHeader>{labels.units}</StackHeader>
        <StackHeader>{labels.email}</StackHeader>
      </StackHead>
      <StackBody>
        {people.map((person) => (
          <StackRow key={person.id}>
            <StackCell label={labels.name}>
              <AppLink to={`/org/people/${person.id}`}>{person.name}</AppLink> {person.active ? null : <InactiveTag />}
              {person.title ? <span className="meta">{person.title}</span> : null}
            </StackCell>
            <StackCell label={labels.units}>
              {person.units.length === 0 ? (
                t('people.noUnit')
              ) : (
                <ul className="plain-list org-compact-list">
                  {person.units.map((u) => (
                    <li key={`${u.id}-${u.role}`}>
                      <AppLink to={`/org/units/${u.id}`}>{u.name}</AppLink> ({t(`membershipRoles.${u.role}`)})
                    </li>
                  ))}
                </ul>
              )}
            </StackCell>
            <StackCell label={labels.email} className="org-break">
              {person.email}
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </StackTable>
  );
}
