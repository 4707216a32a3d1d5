// Sign-in, first-run setup and the signed-in person's own profile.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Me, LoginBody, PreferencesBody, SetupBody } from '../../../common/platform/auth.js';
import { isLocale } from '../../../common/i18n/locales.js';
import { isMembershipRole, isOrgRole, type OrgRole } from '../../../common/org/roles.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError, conflict, notFound } from '../errors.js';
import { requireSignedIn, type ServiceContext } from '../principal.js';
import { isSecondFactorRequired } from './mfa-service.js';
import { assertAcceptablePassword } from './password-rules.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { isEnrolled } from './totp-store.js';

export async function needsSetup(db: Kysely<Database>): Promise<boolean> {
  const org = await db.selectFrom('organisation').select('id').executeTakeFirst();
  return !org;
}

/** Checks e-mail and password. Unknown e-mail, wrong password and deactivated accounts all answer
 *  the same way and take the same time, so the answer does not reveal which accounts exist. */
export async function authenticate(ctx: ServiceContext, body: LoginBody): Promise<string> {
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'password_hash', 'active'])
    .where('email', '=', body.email)
    .executeTakeFirst();
  const ok = await verifyPassword(person?.password_hash ?? null, body.password);
  if (!person || !ok || person.active !== 1) {
    await writeAudit(ctx.db, {
      actorId: null,
      action: 'auth.login.failed',
      entityType: 'person',
      entityId: person?.id ?? 'unknown',
      requestId: ctx.requestId,
    });
    throw new AppError(401, 'invalidCredentials');
  }
  await writeAudit(ctx.db, {
    actorId: person.id,
    action: 'auth.login',
    entityType: 'person',
    entityId: person.id,
    requestId: ctx.requestId,
  });
  return person.id;
}

export async function setupOrganisation(ctx: ServiceContext, body: SetupBody): Promise<string> {
  // Answered before the password rules, so a finished installation says only "already set up".
  if (!(await needsSetup(ctx.db))) throw conflict('setupDone');
  await assertAcceptablePassword(
    body.adminPassword,
    { email: body.adminEmail, organisationName: body.organisationName },
    'adminPassword',
  );
  const passwordHash = await hashPassword(body.adminPassword);
  return ctx.db.transaction().execute(async (trx) => {
    // Checked inside the transaction so two racing first-run submits cannot both succeed.
    const existing = await trx.selectFrom('organisation').select('id').executeTakeFirst();
    if (existing) throw conflict('setupDone');
    const now = nowIso();
    const orgId = randomUUID();
    const personId = randomUUID();
    await trx
      .insertInto('organisation')
      .values({ id: orgId, name: body.organisationName, default_locale: body.defaultLocale, created_at: now })
      .execute();
    await trx
      .insertInto('people')
      .values({
        id: personId,
        email: body.adminEmail,
        name: body.adminName,
        title: '',
        locale: null,
        notification_mode: 'immediate',
        password_hash: passwordHash,
        active: 1,
        created_at: now,
        updated_at: now,
        deactivated_at: null,
      })
      .execute();
    await trx.insertInto('person_roles').values({ person_id: personId, role: 'admin', granted_at: now }).execute();
    await writeAudit(trx, {
      actorId: personId,
      action: 'organisation.setup',
      entityType: 'organisation',
      entityId: orgId,
      after: { name: body.organisationName, defaultLocale: body.defaultLocale, adminEmail: body.adminEmail },
      requestId: ctx.requestId,
    });
    return personId;
  });
}

/** The signed-in person (or `personId`, right after signing in). `mfaRequiredRoles` is
 *  config.MFA_REQUIRED_ROLES, for `mfa.required`. */
export async function getMe(
  ctx: ServiceContext,
  personId: string | undefined,
  mfaRequiredRoles: readonly OrgRole[],
): Promise<Me> {
  const id = personId ?? requireSignedIn(ctx).principal.personId;
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'name', 'email', 'locale', 'notification_mode'])
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!person) throw notFound();
  const [roles, memberships, org, enrolled, required] = await Promise.all([
    ctx.db.selectFrom('person_roles').select('role').where('person_id', '=', id).execute(),
    ctx.db
      .selectFrom('memberships')
      .innerJoin('units', 'units.id', 'memberships.unit_id')
      .select(['units.id as unitId', 'units.name as unitName', 'memberships.role'])
      .where('memberships.person_id', '=', id)
      .where('memberships.ended_at', 'is', null)
      .where('units.active', '=', 1)
      .orderBy('units.name')
      .execute(),
    ctx.db.selectFrom('organisation').select(['name', 'default_locale']).executeTakeFirst(),
    isEnrolled(ctx.db, id),
    isSecondFactorRequired(ctx.db, id, mfaRequiredRoles),
  ]);
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    locale: isLocale(person.locale) ? person.locale : null,
    notificationMode: person.notification_mode === 'digest' ? 'digest' : 'immediate',
    roles: roles.map((r) => r.role).filter(isOrgRole),
    memberships: memberships.flatMap((m) =>
      isMembershipRole(m.role) ? [{ unitId: m.unitId, unitName: m.unitName, role: m.role }] : [],
    ),
    organisation: {
      name: org?.name ?? '',
      defaultLocale: isLocale(org?.default_locale) ? org.default_locale : 'sv',
    },
    mfa: { enrolled, required },
  };
}

export async function updatePreferences(
  ctx: ServiceContext,
  body: PreferencesBody,
  mfaRequiredRoles: readonly OrgRole[],
): Promise<Me> {
  const { principal } = requireSignedIn(ctx);
  const changes: { locale?: string; notification_mode?: string; updated_at: string } = { updated_at: nowIso() };
  if (body.locale) changes.locale = body.locale;
  if (body.notificationMode) changes.notification_mode = body.notificationMode;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('people').set(changes).where('id', '=', principal.personId).execute();
    await writeAudit(trx, {
      actorId: principal.personId,
      action: 'person.preferences',
      entityType: 'person',
      entityId: principal.personId,
      after: body,
      requestId: ctx.requestId,
    });
  });
  return getMe({ ...ctx, locale: body.locale ?? ctx.locale }, undefined, mfaRequiredRoles);
}
