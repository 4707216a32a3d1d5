// Server-side sessions. The cookie holds a random 256-bit token; the database holds only its
// SHA-256, so a leaked database cannot be replayed as sessions. A session is either 'full' or a
// half-way stage after the password (or identity provider) and before the second factor: 'mfa'
// (verify a code) or 'enrol' (the person's roles require a second factor they have not set up).
// Each session also carries a CSRF token that every state-changing request must echo.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isLocale, type Locale } from '../../../common/i18n/locales.js';
import { loadPrincipal } from './principal-loader.js';
import type { Principal } from '../principal.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type AuthMethod =
  'password' | 'setup' | 'oidc' | 'password+totp' | 'oidc+totp' | 'password+recovery' | 'oidc+recovery';
export type SessionStage = 'full' | 'mfa' | 'enrol';

/** A half-way session lives only long enough to type a code or scan a QR code. */
const partialSessionMinutes = 10;

export function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Kysely<Database>,
  personId: string,
  method: AuthMethod,
  policy: SessionPolicy,
  stage: SessionStage = 'full',
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const lifetime = stage === 'full' ? policy.absoluteHours * 3600_000 : partialSessionMinutes * 60_000;
  const expiresAt = new Date(now.getTime() + lifetime);
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      person_id: personId,
      auth_method: method,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      stage,
      csrf_token: csrfToken,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

/** Ends every session of a person (deactivation, password change, role change), optionally
 *  keeping one: the session that made the change is renewed by the caller instead. */
export async function endAllSessionsOf(
  db: Kysely<Database>,
  personId: string,
  exceptSessionId?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('person_id', '=', personId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export interface LoadedSession {
  sessionId: string;
  personId: string;
  stage: SessionStage;
  authMethod: string;
  csrfToken: string;
  /** Set only for a full session. */
  principal: Principal | null;
  locale: Locale | null;
}

/** Loads the session behind a token, or null when it is unknown, expired or idle. */
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
      'sessions.stage',
      'sessions.auth_method',
      'sessions.csrf_token',
      'people.id as personId',
      'people.locale',
      'people.active',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = Date.parse(row.last_seen_at) + policy.idleMinutes * 60_000;
  const stage: SessionStage | null =
    row.stage === 'full' || row.stage === 'mfa' || row.stage === 'enrol' ? row.stage : null;
  if (!stage || row.active !== 1 || Date.parse(row.expires_at) <= now || idleLimit <= now) {
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
  const principal = stage === 'full' ? await loadPrincipal(db, row.personId, { sessionId: row.sessionId }) : null;
  return {
    sessionId: row.sessionId,
    personId: row.personId,
    stage,
    authMethod: row.auth_method,
    csrfToken: row.csrf_token,
    principal,
    locale: isLocale(row.locale) ? row.locale : null,
  };
}
