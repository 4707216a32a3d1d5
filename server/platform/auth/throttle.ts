// Failed sign-in and second-factor attempts, counted per account and per address in the database
// (so every process on one PostgreSQL shares the count). After `maxFailures` failures within
// `blockMinutes`, the key is refused for `blockMinutes`. Keys are SHA-256 hashes: the table holds
// neither e-mail addresses nor IP addresses. Unknown accounts are counted exactly like known ones
// and the refusal reads the same, so throttling never tells whether an account exists.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { AppError } from '../errors.js';

export interface ThrottlePolicy {
  maxFailures: number;
  blockMinutes: number;
}

type Db = Kysely<Database> | Transaction<Database>;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export function accountKey(email: string): string {
  return hash(`account:${email.trim().toLowerCase()}`);
}

export function addressKey(ip: string): string {
  return hash(`address:${ip}`);
}

/** Refuses with 429 while any of the keys is blocked, saying how many minutes are left. */
export async function assertNotThrottled(db: Db, keys: readonly string[], now = new Date()): Promise<void> {
  const rows = await db
    .selectFrom('auth_throttle')
    .select('blocked_until')
    .where('key', 'in', [...keys])
    .where('blocked_until', '>', now.toISOString())
    .execute();
  const until = Math.max(0, ...rows.map((r) => (r.blocked_until ? Date.parse(r.blocked_until) : 0)));
  if (until > now.getTime()) throw tooManyAttempts(until - now.getTime());
}

export function tooManyAttempts(remainingMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return new AppError(429, minutes === 1 ? 'security.tooManyAttemptsOneMinute' : 'security.tooManyAttempts', {
    minutes,
  });
}

/**
 * Counts one failure against every key, atomically (one upsert per key), and blocks a key that
 * reaches the limit. Returns the error to answer with when this failure started a block, so the
 * person learns it at once rather than on their next try.
 */
export async function recordFailure(
  db: Db,
  keys: readonly string[],
  policy: ThrottlePolicy,
  context: { requestId: string },
  now = new Date(),
): Promise<AppError | null> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - policy.blockMinutes * 60_000).toISOString();
  const blockedUntil = new Date(now.getTime() + policy.blockMinutes * 60_000).toISOString();
  let blocked = false;
  for (const key of keys) {
    const row = await db
      .insertInto('auth_throttle')
      .values({ key, failures: 1, window_started_at: at, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql<number>`case when auth_throttle.window_started_at <= ${windowStart} then 1 else auth_throttle.failures + 1 end`,
          window_started_at: sql<string>`case when auth_throttle.window_started_at <= ${windowStart} then ${at} else auth_throttle.window_started_at end`,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (row.failures < policy.maxFailures) continue;
    // The count starts again once the block is over.
    await db
      .updateTable('auth_throttle')
      .set({ blocked_until: blockedUntil, failures: 0, window_started_at: at })
      .where('key', '=', key)
      .execute();
    await writeAudit(db, {
      actorId: null,
      action: 'auth.throttle.blocked',
      entityType: 'auth_throttle',
      entityId: key,
      after: { blockedUntil },
      requestId: context.requestId,
    });
    blocked = true;
  }
  return blocked ? tooManyAttempts(policy.blockMinutes * 60_000) : null;
}

/** A completed sign-in forgets the account's failures (not the address's: one good account must
 *  not reset the count of an address that is guessing at others). */
export async function clearFailures(db: Db, key: string, now = new Date()): Promise<void> {
  await db
    .deleteFrom('auth_throttle')
    .where('key', '=', key)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now.toISOString())]))
    .execute();
}

/** Rows whose window and block are both over say nothing any more (run by sessions.cleanup). */
export async function deleteStaleThrottleRows(db: Db, now: Date, policy: ThrottlePolicy): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.blockMinutes * 60_000).toISOString();
  await db
    .deleteFrom('auth_throttle')
    .where('window_started_at', '<=', windowStart)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now.toISOString())]))
    .execute();
}
