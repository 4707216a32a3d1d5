// People: find, open, create, edit, organisation-wide roles, memberships, deactivate.
// A person outside the viewer's scope answers "not found", so ids cannot be probed.
import { randomUUID } from 'node:crypto';
import type { CreatePersonBody, PersonDetail, PersonSummary, UpdatePersonBody } from '../../../common/org/people.js';
import { isOrgRole, type MembershipRole, type OrgRole } from '../../../common/org/roles.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { lockOrganisation } from '../../db/locks.js';
import { endAllSessionsOf } from '../../platform/auth/sessions.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { isLocale } from '../../../common/i18n/locales.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import { orgPolicy, type OrgScope } from './policy.js';
import { membershipRoleOf } from './presenters.js';
import {
  activeMembershipsOf,
  allMembershipsOf,
  countActiveAdmins,
  endMembershipRow,
  findActiveMembership,
  findMembershipOf,
  findPerson,
  findPersonIdByEmail,
  insertMembership,
  insertPerson,
  listPeopleRows,
  replaceRoles,
  rolesOf,
  updatePersonRow,
} from './people-repo.js';
import { findUnit } from './units-repo.js';
import { loadOrgScope } from './scope.js';

async function scopeFor(ctx: AuthedContext): Promise<OrgScope> {
  return (await loadOrgScope(ctx)).scope;
}

export async function listPeople(
  ctx: ServiceContext,
  query: {
    q?: string | undefined;
    unitId?: string | undefined;
    includeInactive?: 'true' | 'false' | undefined;
    directory?: 'true' | 'false' | undefined;
    offset: number;
    limit: number;
  },
): Promise<{ items: PersonSummary[]; total: number }> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  // A manager adding someone to their unit must be able to find people from other units.
  const directory = query.directory === 'true' && orgPolicy.canSearchDirectory(scope) && (query.q?.length ?? 0) >= 2;
  const { rows, total } = await listPeopleRows(ctx.db, {
    visibleUnits: orgPolicy.seesEveryone(scope) || directory ? 'all' : orgPolicy.visibleMemberUnits(scope),
    q: query.q,
    unitId: query.unitId,
    // The directory lists only active people: choosing someone to add, not browsing history.
    includeInactive: query.includeInactive === 'true' && !directory,
    offset: query.offset,
    limit: query.limit,
  });
  const memberships = await activeMembershipsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      title: r.title,
      email: r.email,
      active: r.active === 1,
      units: memberships
        .filter((m) => m.person_id === r.id)
        .map((m) => ({ id: m.unitId, name: m.unitName, role: membershipRoleOf(m.role) })),
    })),
  };
}

/** Loads a person the viewer may see, or fails with notFound. */
async function visiblePerson(ctx: AuthedContext, scope: OrgScope, id: string) {
  const person = await findPerson(ctx.db, id);
  if (!person) throw notFound();
  const all = await allMembershipsOf(ctx.db, id);
  const unitIds = all.filter((m) => m.ended_at === null).map((m) => m.unit_id);
  if (
    !orgPolicy.canSeePerson(
      scope,
      id,
      unitIds,
      all.map((m) => m.unit_id),
    )
  )
    throw notFound();
  return { person, unitIds };
}

/** Adding someone to a unit you manage must work for people not yet in your units, so a manager
 *  (or admin) may reach any existing person here; others get notFound as elsewhere. */
async function visiblePersonOrManaged(ctx: AuthedContext, scope: OrgScope, id: string) {
  if (scope.managed.size === 0 && !orgPolicy.seesEveryone(scope)) return visiblePerson(ctx, scope, id);
  const person = await findPerson(ctx.db, id);
  if (!person) throw notFound();
  return { person };
}

export async function getPersonDetail(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  const { person, unitIds } = await visiblePerson(authed, scope, id);
  const [memberships, roles] = await Promise.all([allMembershipsOf(ctx.db, id), rolesOf(ctx.db, id)]);
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    email: person.email,
    locale: isLocale(person.locale) ? person.locale : null,
    active: person.active === 1,
    createdAt: person.created_at,
    deactivatedAt: person.deactivated_at,
    roles: roles.filter(isOrgRole),
    memberships: memberships.map((m) => ({
      id: m.id,
      unitId: m.unit_id,
      unitName: m.unit_name,
      role: membershipRoleOf(m.role),
      startedAt: m.started_at,
      endedAt: m.ended_at,
    })),
    can: {
      edit: orgPolicy.canEditPerson(scope, unitIds),
      manageRoles: orgPolicy.canManageRoles(scope),
      deactivate: orgPolicy.canDeactivatePerson(scope),
    },
  };
}

export async function createPerson(ctx: ServiceContext, body: CreatePersonBody, notifier: Notifier): Promise<string> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  const unit = await findUnit(ctx.db, body.unitId);
  if (!unit) throw invalid('notFound', 'unitId');
  if (!orgPolicy.canCreatePersonIn(scope, body.unitId)) throw forbidden();
  if (unit.active !== 1) throw invalid('unitInactive', 'unitId');
  if (await findPersonIdByEmail(ctx.db, body.email)) throw conflict('emailTaken', 'email');
  const now = nowIso();
  const id = randomUUID();
  const row = {
    id,
    email: body.email,
    name: body.name,
    title: body.title,
    locale: null,
    notification_mode: 'immediate',
    password_hash: null,
    active: 1,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertPerson(trx, row);
      const membershipId = randomUUID();
      await insertMembership(trx, {
        id: membershipId,
        person_id: id,
        unit_id: body.unitId,
        role: body.role,
        started_at: now,
      });
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'person.create',
        entityType: 'person',
        entityId: id,
        after: { ...row, unitId: body.unitId, role: body.role },
        requestId: ctx.requestId,
      });
      await notifier.notify(trx, {
        personId: id,
        kind: 'membershipAdded',
        params: { unitName: unit.name },
        link: `/org/units/${unit.id}`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('emailTaken', 'email');
    throw error;
  }
  return id;
}

export async function updatePerson(ctx: ServiceContext, id: string, body: UpdatePersonBody): Promise<void> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  const { person, unitIds } = await visiblePerson(authed, scope, id);
  if (!orgPolicy.canEditPerson(scope, unitIds)) throw forbidden();
  if (body.email && body.email !== person.email && (await findPersonIdByEmail(ctx.db, body.email)))
    throw conflict('emailTaken', 'email');
  const changes = {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.email !== undefined && { email: body.email }),
    ...(body.title !== undefined && { title: body.title }),
    updated_at: nowIso(),
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await updatePersonRow(trx, id, changes);
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'person.update',
        entityType: 'person',
        entityId: id,
        before: person,
        after: changes,
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('emailTaken', 'email');
    throw error;
  }
}

export async function setRoles(ctx: ServiceContext, id: string, roles: readonly OrgRole[]): Promise<void> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  await visiblePerson(authed, scope, id);
  if (!orgPolicy.canManageRoles(scope)) throw forbidden();
  const unique = [...new Set(roles)].sort();
  await ctx.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx);
    // Checked again under the lock: another administrator may have removed the caller's own
    // administrator role while this request waited for it.
    if (!(await rolesOf(trx, authed.principal.personId)).includes('admin')) throw forbidden();
    const before = await rolesOf(trx, id);
    if (!unique.includes('admin') && before.includes('admin') && (await countActiveAdmins(trx, id)) === 0)
      throw new AppError(422, 'lastAdmin');
    await replaceRoles(trx, id, unique, nowIso());
    // New rights (or fewer) take effect at a new sign-in, with a second factor if a new role needs one.
    const changed = before.length !== unique.length || before.some((role) => !unique.some((r) => r === role));
    if (changed) await endAllSessionsOf(trx, id);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'person.roles',
      entityType: 'person',
      entityId: id,
      before: { roles: before },
      after: { roles: unique },
      requestId: ctx.requestId,
    });
  });
}

export async function setPersonActive(ctx: ServiceContext, id: string, active: boolean): Promise<void> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  const { person } = await visiblePerson(authed, scope, id);
  if (!orgPolicy.canDeactivatePerson(scope)) throw forbidden();
  if ((person.active === 1) === active) return;
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx);
    if (!active && (await rolesOf(trx, id)).includes('admin') && (await countActiveAdmins(trx, id)) === 0)
      throw new AppError(422, 'lastAdmin');
    await updatePersonRow(trx, id, { active: active ? 1 : 0, deactivated_at: active ? null : now, updated_at: now });
    // A deactivated person is signed out everywhere at once.
    if (!active) await endAllSessionsOf(trx, id);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: active ? 'person.reactivate' : 'person.deactivate',
      entityType: 'person',
      entityId: id,
      before: { active: person.active === 1 },
      after: { active },
      requestId: ctx.requestId,
    });
  });
}

export async function addMembership(
  ctx: ServiceContext,
  personId: string,
  body: { unitId: string; role: MembershipRole },
  notifier: Notifier,
): Promise<void> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  const unit = await findUnit(ctx.db, body.unitId);
  const { person } = await visiblePersonOrManaged(authed, scope, personId);
  if (!unit) throw invalid('notFound', 'unitId');
  if (!orgPolicy.canManageMembers(scope, body.unitId)) throw forbidden();
  if (person.active !== 1) throw invalid('personInactive');
  if (unit.active !== 1) throw invalid('unitInactive', 'unitId');
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // The unique index on active memberships catches what this check misses under concurrency.
      if (await findActiveMembership(trx, personId, body.unitId, body.role)) throw conflict('alreadyMember', 'unitId');
      const id = randomUUID();
      await insertMembership(trx, {
        id,
        person_id: personId,
        unit_id: body.unitId,
        role: body.role,
        started_at: nowIso(),
      });
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'membership.add',
        entityType: 'person',
        entityId: personId,
        after: { membershipId: id, unitId: body.unitId, role: body.role },
        requestId: ctx.requestId,
      });
      await notifier.notify(trx, {
        personId,
        kind: 'membershipAdded',
        params: { unitName: unit.name },
        link: `/org/units/${unit.id}`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('alreadyMember', 'unitId');
    throw error;
  }
}

export async function endMembership(ctx: ServiceContext, personId: string, membershipId: string): Promise<void> {
  const authed = requireSignedIn(ctx);
  const scope = await scopeFor(authed);
  await visiblePerson(authed, scope, personId);
  const membership = await findMembershipOf(ctx.db, personId, membershipId);
  if (!membership) throw notFound();
  if (!orgPolicy.canManageMembers(scope, membership.unit_id)) throw forbidden();
  if (membership.ended_at) return;
  await ctx.db.transaction().execute(async (trx) => {
    await endMembershipRow(trx, membershipId, nowIso());
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'membership.end',
      entityType: 'person',
      entityId: personId,
      before: { membershipId, unitId: membership.unit_id, role: membership.role },
      requestId: ctx.requestId,
    });
  });
}
