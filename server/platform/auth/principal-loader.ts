// Builds a Principal from the database: the person's organisation roles and active memberships.
// Sessions and API tokens both use it, so the two can never disagree about what a person may do.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isMembershipRole, isOrgRole } from '../../../common/org/roles.js';
import type { Principal } from '../principal.js';

export async function loadPrincipal(
  db: Kysely<Database>,
  personId: string,
  via: { sessionId: string } | { tokenId: string; scopes: ReadonlySet<string> },
): Promise<Principal | null> {
  const [person, roles, memberships] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'name', 'email'])
      .where('id', '=', personId)
      .where('active', '=', 1)
      .executeTakeFirst(),
    db.selectFrom('person_roles').select('role').where('person_id', '=', personId).execute(),
    db
      .selectFrom('memberships')
      .innerJoin('units', 'units.id', 'memberships.unit_id')
      .select(['memberships.unit_id', 'memberships.role'])
      .where('memberships.person_id', '=', personId)
      .where('memberships.ended_at', 'is', null)
      .where('units.active', '=', 1)
      .execute(),
  ]);
  if (!person) return null;
  return {
    personId: person.id,
    sessionId: 'sessionId' in via ? via.sessionId : `token:${via.tokenId}`,
    name: person.name,
    email: person.email,
    roles: new Set(roles.map((r) => r.role).filter(isOrgRole)),
    memberships: memberships.flatMap((m) => (isMembershipRole(m.role) ? [{ unitId: m.unit_id, role: m.role }] : [])),
    token: 'tokenId' in via ? { id: via.tokenId, scopes: via.scopes } : null,
  };
}
