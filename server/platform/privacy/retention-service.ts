// Retention settings (administrators) and the daily purge. A class without a row in
// retention_policies keeps its default.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { RetentionPolicy } from '../../../common/platform/privacy.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { isAdmin, requireSignedIn, type ServiceContext } from '../principal.js';
import { findRetentionClass, retentionClasses, type RetentionClass } from './retention-classes.js';

type Db = Kysely<Database> | Transaction<Database>;

export const retentionJobName = 'privacy.retention';

function requireAdmin(ctx: ServiceContext) {
  const authed = requireSignedIn(ctx);
  if (!isAdmin(authed.principal)) throw forbidden();
  return authed;
}

async function storedDays(
  db: Db,
): Promise<Map<string, { days: number; updatedAt: string; updatedByName: string | null }>> {
  const rows = await db
    .selectFrom('retention_policies')
    .leftJoin('people', 'people.id', 'retention_policies.updated_by')
    .select([
      'retention_policies.data_class',
      'retention_policies.days',
      'retention_policies.updated_at',
      'people.name as updated_by_name',
    ])
    .execute();
  return new Map(
    rows.map((r) => [
      r.data_class,
      { days: Number(r.days), updatedAt: r.updated_at, updatedByName: r.updated_by_name },
    ]),
  );
}

/** The period in force: the stored one, held to the class's current range (a range may have
 *  narrowed in a newer version since it was stored). */
function effectiveDays(dataClass: RetentionClass, stored: number | undefined): number {
  if (stored === undefined) return dataClass.defaultDays;
  return Math.min(dataClass.maxDays, Math.max(dataClass.minDays, stored));
}

function present(dataClass: RetentionClass, stored: Awaited<ReturnType<typeof storedDays>>): RetentionPolicy {
  const row = stored.get(dataClass.key);
  return {
    dataClass: dataClass.key,
    namespace: dataClass.namespace,
    textKey: dataClass.textKey,
    days: effectiveDays(dataClass, row?.days),
    defaultDays: dataClass.defaultDays,
    minDays: dataClass.minDays,
    maxDays: dataClass.maxDays,
    updatedAt: row?.updatedAt ?? null,
    updatedByName: row?.updatedByName ?? null,
  };
}

export async function listRetention(
  ctx: ServiceContext,
): Promise<{ items: RetentionPolicy[]; nextRunAt: string | null }> {
  requireAdmin(ctx);
  const stored = await storedDays(ctx.db);
  const job = await ctx.db
    .selectFrom('jobs')
    .select('next_run_at')
    .where('name', '=', retentionJobName)
    .executeTakeFirst();
  return { items: retentionClasses.map((c) => present(c, stored)), nextRunAt: job?.next_run_at ?? null };
}

export async function updateRetention(ctx: ServiceContext, key: string, days: number): Promise<RetentionPolicy> {
  const authed = requireAdmin(ctx);
  const dataClass = findRetentionClass(key);
  if (!dataClass) throw notFound();
  if (dataClass.minDays === dataClass.maxDays && days !== dataClass.minDays) throw invalid('retentionFixed', 'days');
  if (!Number.isInteger(days) || days < dataClass.minDays || days > dataClass.maxDays)
    throw invalid('retentionRange', 'days', { minimum: dataClass.minDays, maximum: dataClass.maxDays });
  await ctx.db.transaction().execute(async (trx) => {
    const before = effectiveDays(dataClass, (await storedDays(trx)).get(key)?.days);
    const now = nowIso();
    await trx
      .insertInto('retention_policies')
      .values({ data_class: key, days, updated_by: authed.principal.personId, updated_at: now })
      .onConflict((oc) =>
        oc.column('data_class').doUpdateSet({ days, updated_by: authed.principal.personId, updated_at: now }),
      )
      .execute();
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'retention.update',
      entityType: 'retention',
      entityId: key,
      before: { days: before },
      after: { days },
      requestId: ctx.requestId,
    });
  });
  return present(dataClass, await storedDays(ctx.db));
}

/** The cutoff for a class: everything older than `days` before `now` has expired. */
export function cutoffFor(now: Date, days: number): string {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

export interface PurgeReport {
  dataClass: string;
  count: number;
  cutoff: string;
  /** Set when the class failed; its work was rolled back and the others went on. */
  error?: string;
}

/**
 * Runs every class's purge inside the job's transaction, each behind its own savepoint: a class
 * and its audit entry succeed or roll back together, and a failing class does not undo the others.
 * (Separate transactions are not possible here: the scheduler's claim holds the one SQLite
 * connection until the job ends, which is also what makes the job run once.) Writes one audit
 * entry per class that removed something: the class, how many, and the cutoff; never the data.
 * A class that fails leaves a 'retention.failed' entry instead.
 */
export async function runRetention(trx: Transaction<Database>, now: Date): Promise<PurgeReport[]> {
  const stored = await storedDays(trx);
  const reports: PurgeReport[] = [];
  for (const [index, dataClass] of retentionClasses.entries()) {
    const cutoff = cutoffFor(now, effectiveDays(dataClass, stored.get(dataClass.key)?.days));
    const savepoint = sql.raw(`retention_${index}`);
    await sql`savepoint ${savepoint}`.execute(trx);
    try {
      const outcome = await dataClass.purge(trx, cutoff, now);
      if (outcome.count > 0 || outcome.details)
        await writeAudit(trx, {
          actorId: null,
          action: 'retention.purge',
          entityType: 'retention',
          entityId: dataClass.key,
          after: { dataClass: dataClass.key, count: outcome.count, cutoff, ...outcome.details },
        });
      await sql`release savepoint ${savepoint}`.execute(trx);
      reports.push({ dataClass: dataClass.key, count: outcome.count, cutoff });
    } catch (error) {
      await sql`rollback to savepoint ${savepoint}`.execute(trx);
      await sql`release savepoint ${savepoint}`.execute(trx);
      // Said in the audit log, where administrators look, with the error's name only (a message
      // can quote data). The next run tries again.
      const name = error instanceof Error ? error.name : 'Error';
      await writeAudit(trx, {
        actorId: null,
        action: 'retention.failed',
        entityType: 'retention',
        entityId: dataClass.key,
        after: { dataClass: dataClass.key, cutoff, error: name },
      });
      reports.push({ dataClass: dataClass.key, count: 0, cutoff, error: name });
    }
  }
  return reports;
}
