// A new token whenever a session gains rights: the half-way session after the password is ended
// and a full one takes its place, so a token seen before the second factor is worth nothing after.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { createSession, type AuthMethod, type NewSession, type SessionPolicy } from './sessions.js';

export function secondFactorMethod(firstFactor: string, kind: 'totp' | 'recovery'): AuthMethod {
  const oidc = firstFactor.startsWith('oidc');
  if (kind === 'recovery') return oidc ? 'oidc+recovery' : 'password+recovery';
  return oidc ? 'oidc+totp' : 'password+totp';
}

export async function replaceSession(
  db: Kysely<Database>,
  oldSessionId: string,
  personId: string,
  method: AuthMethod,
  policy: SessionPolicy,
): Promise<NewSession> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', oldSessionId).execute();
    return createSession(trx, personId, method, policy);
  });
}
