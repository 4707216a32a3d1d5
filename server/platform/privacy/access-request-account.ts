// Access-request sections about the person's account and place in the organisation: profile,
// roles, memberships, mandates held, sessions, second factor, identity-provider links, API tokens.
// Sign-in secrets never leave: no password hash, session token hash, TOTP secret, recovery-code
// hash or API-token hash.
import { holdsMandate } from '../../../common/org/mandate-holding.js';
import type { AccessRequestContext, AccessRequestSection } from './access-request-registry.js';
import { markingsOf } from './confidential.js';

const title = (key: string) => ({ namespace: 'privacy' as const, key: `accessRequest.sections.${key}` });

async function profile({ db, personId }: AccessRequestContext) {
  const p = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    title: p.title,
    language: p.locale,
    notificationMode: p.notification_mode,
    active: p.active === 1,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    deactivatedAt: p.deactivated_at,
    anonymisedAt: p.anonymised_at,
    hasPassword: p.password_hash !== null,
    passwordChangedAt: p.password_changed_at,
  };
}

async function roles({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('person_roles')
    .select(['role', 'granted_at'])
    .where('person_id', '=', personId)
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ role: r.role, grantedAt: r.granted_at }));
}

async function memberships({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('units', 'units.id', 'memberships.unit_id')
    .select([
      'memberships.unit_id',
      'units.code',
      'units.name',
      'memberships.role',
      'memberships.started_at',
      'memberships.ended_at',
    ])
    .where('memberships.person_id', '=', personId)
    .orderBy('memberships.started_at')
    .orderBy('units.name')
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitCode: r.code,
    unitName: r.name,
    role: r.role,
    startedAt: r.started_at,
    endedAt: r.ended_at,
  }));
}

/** Active mandates of the register the person holds today, through a role or a membership. */
async function mandates({ db, personId }: AccessRequestContext) {
  const [roleRows, membershipRows, mandateRows] = await Promise.all([
    db.selectFrom('person_roles').select('role').where('person_id', '=', personId).execute(),
    db
      .selectFrom('memberships')
      .select(['unit_id', 'role'])
      .where('person_id', '=', personId)
      .where('ended_at', 'is', null)
      .execute(),
    db
      .selectFrom('mandates')
      .leftJoin('units', 'units.id', 'mandates.unit_id')
      .selectAll('mandates')
      .select('units.name as unit_name')
      .where('mandates.active', '=', 1)
      .orderBy('mandates.title')
      .execute(),
  ]);
  const standing = {
    roles: new Set(roleRows.map((r) => r.role)),
    memberships: membershipRows.map((m) => ({ unitId: m.unit_id, role: m.role })),
  };
  const held = mandateRows.filter((m) => holdsMandate(standing, { unitId: m.unit_id, holderRole: m.holder_role }));
  const marked = await markingsOf(
    db,
    'mandate',
    held.map((m) => m.id),
  );
  return held.map((m) => ({
    id: m.id,
    title: m.title,
    description: m.description,
    unitId: m.unit_id,
    unitName: m.unit_name,
    holderRole: m.holder_role,
    delegatedBy: m.delegated_by,
    confidential: marked.has(m.id),
  }));
}

async function sessions({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'auth_method', 'stage'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    method: r.auth_method,
    stage: r.stage,
  }));
}

async function secondFactor({ db, personId }: AccessRequestContext) {
  const [totp, codes] = await Promise.all([
    db
      .selectFrom('mfa_totp')
      .select(['created_at', 'confirmed_at'])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    db
      .selectFrom('mfa_recovery_codes')
      .select(['created_at', 'used_at'])
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .execute(),
  ]);
  const used = codes.flatMap((c) => (c.used_at === null ? [] : [c.used_at])).sort();
  return {
    enrolled: totp?.confirmed_at != null,
    enrolmentStartedAt: totp?.created_at ?? null,
    enrolledAt: totp?.confirmed_at ?? null,
    recoveryCodes: {
      issued: codes.length,
      used: used.length,
      issuedAt: codes[0]?.created_at ?? null,
      lastUsedAt: used.at(-1) ?? null,
    },
  };
}

async function identities({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('person_identities')
    .select(['issuer', 'subject', 'created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    issuer: r.issuer,
    subject: r.subject,
    linkedAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

function scopesOf(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return [];
  }
}

async function apiTokens({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['name', 'scopes_json', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('created_by', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    scopes: scopesOf(r.scopes_json),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

export const accountSections: AccessRequestSection[] = [
  { key: 'profile', title: title('profile'), collect: profile },
  { key: 'roles', title: title('roles'), collect: roles },
  { key: 'memberships', title: title('memberships'), collect: memberships },
  { key: 'mandates', title: title('mandates'), collect: mandates },
  { key: 'sessions', title: title('sessions'), collect: sessions },
  { key: 'secondFactor', title: title('secondFactor'), collect: secondFactor },
  { key: 'identities', title: title('identities'), collect: identities },
  { key: 'apiTokens', title: title('apiTokens'), collect: apiTokens },
];
