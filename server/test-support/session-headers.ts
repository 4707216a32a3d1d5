// A signed-in browser session made directly in the database, for suites that judge what a
// session may do rather than how one is obtained (so they do not depend on the sign-in steps,
// second factor included).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createSession } from '../platform/auth/sessions.js';

export async function sessionHeadersFor(
  db: Kysely<Database>,
  personId: string,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const session = await createSession(db, personId, 'password', { idleMinutes: 60, absoluteHours: 1 });
  return { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken };
}
