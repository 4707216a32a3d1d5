import { Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../common/org/people.js';
import { orgRoles, type OrgRole } from '../../../../common/org/roles.js';
import { useSetPersonRoles } from '../api/use-set-person-roles';
import { FormShell } from './form-shell';

/** Organisation-wide roles. Only administrators may change them (the server's `can` says so);
 *  everyone else sees the list. */
export function PersonRoles({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  return (
    <section aria-labelledby="org-person-roles" className="page-section">
      <Heading level={2} data-size="sm" id="org-person-roles">
        {t('roles.heading')}
      </Heading>
      {person.can.manageRoles ? (
        <RolesForm key={person.id} person={person} onStatus={onStatus} />
      ) : person.roles.length === 0 ? (
        <Paragraph>{t('roles.none')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {person.roles.map((role) => (
            <li key={role}>{t(`orgRoles.${role}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RolesForm({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const [roles, setRoles] = useState<ReadonlySet<OrgRole>>(new Set(person.roles));
  const save = useSetPersonRoles(person.id);
  const toggle = (role: OrgRole, on: boolean) =>
    setRoles((current) => {
      const next = new Set(current);
      if (on) next.add(role);
      else next.delete(role);
      return next;
    });

  const submit = () =>
    // Sent in the catalog's order, so the audit log compares like with like.
    save.mutate(
      orgRoles.filter((role) => roles.has(role)),
      { onSuccess: () => onStatus(t('roles.saved', { name: person.name })) },
    );

  return (
    <FormShell error={save.error} fields={{}} pending={save.isPending} submitLabel={t('roles.save')} onSubmit={submit}>
      <Fieldset>
        <Fieldset.Legend>{t('roles.legend', { name: person.name })}</Fieldset.Legend>
        <Fieldset.Description>{t('roles.description')}</Fieldset.Description>
        {orgRoles.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`orgRoles.${role}`)}
            description={t(`orgRoleDescriptions.${role}`)}
            checked={roles.has(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
        ))}
      </Fieldset>
    </FormShell>
  );
}
