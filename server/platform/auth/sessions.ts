// Server-side sessions. The cookie holds a random 256-bit token; the database holds only its
// SHA-256, so a leaked database cannot be replayed as sessions. Identity providers and MFA
// (next issue) create sessions through `createSession` with their own auth method.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isLocale, type Locale } from '../../../common/i18n/locales.js';
import { isMembershipRole, isOrgRole } from '../../../common/org/roles.js';
import type { Principal } from '../principal.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type AuthMethod = 'password' | 'setup';

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<Database>,
  personId: string,
  method: AuthMethod,
  policy: SessionPolicy,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3600_000);
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      person_id: personId,
      auth_method: method,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

export async function endAllSessionsOf(db: Kysely<Database>, personId: string): Promise<void> {
  await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
}

export interface LoadedSession {
  principal: Principal;
  locale: Locale | null;
}

/** Loads the principal behind a token, or null when the session is unknown, expired or idle. */
export async function loadSession(
  db: Kysely<Database>,
  token: string,
  policy: SessionPolicy,
): Promise<LoadedSession | null> {
  const id = digest(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'people.id as personId',
      'people.name',
      'people.email',
      'people.locale',
      'people.active',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = Date.parse(row.last_seen_at) + policy.idleMinutes * 60_000;
  if (row.active !== 1 || Date.parse(row.expires_at) <= now || idleLimit <= now) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: enough for the idle timeout, without a write on every request.
  if (now - Date.parse(row.last_seen_at) > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const [roles, memberships] = await Promise.all([
    db.selectFrom('person_roles').select('role').where('person_id', '=', row.personId).execute(),
    db
      .selectFrom('memberships')
      .innerJoin('units', 'units.id', 'memberships.unit_id')
      .select(['memberships.unit_id', 'memberships.role'])
      .where('memberships.person_id', '=', row.personId)
      .where('memberships.ended_at', 'is', null)
      .where('units.active', '=', 1)
      .execute(),
  ]);
  return {
    locale: isLocale(row.locale) ? row.locale : null,
    principal: {
      personId: row.personId,
      sessionId: row.sessionId,
      name: row.name,
      email: row.email,
      roles: new Set(roles.map((r) => r.role).filter(isOrgRole)),
      memberships: memberships.flatMap((m) => (isMembershipRole(m.role) ? [{ unitId: m.unit_id, role: m.role }] : [])),
    },
  };
}
