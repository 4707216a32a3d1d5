// How many rows each table holds, to prove that a request changed nothing (GET is safe, a refused
// request leaves no trace), and which audit entries a run added.
import { sql } from 'kysely';
import type { DbHandle } from '../db/index.js';
import { listTables } from './databases.js';

/** `except` leaves out tables checked another way (the audit log, by the actions it gained). */
export async function rowCounts(database: DbHandle, except: readonly string[] = []): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(database)) {
    if (except.includes(table)) continue;
    const result = await sql<{ n: number | string | bigint }>`select count(*) as n from ${sql.table(table)}`.execute(
      database.db,
    );
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

/** Audit entries written after `afterId`, oldest first. */
export async function auditActionsSince(database: DbHandle, afterId: number): Promise<string[]> {
  const rows = await database.db
    .selectFrom('audit_log')
    .select(['action'])
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

export async function lastAuditId(database: DbHandle): Promise<number> {
  const row = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Audit entries a GET may write, because they record an act rather than change any data. */
const auditedActsOnGet = new Set([
  // An administrator ran the audit chain's verification (GET /api/v1/audit/verify).
  'audit_log.verify',
  // The identity provider sends the browser back with a GET (OpenID Connect); a failed sign-in is
  // logged like any other.
  'auth.oidc.failed',
]);

/** Audit entries that record a read, not a change: sensitive reads and exports (auditRead in
 *  server/platform/audit.ts writes `<entity>.read` / `<entity>.export`) and the acts above. */
export function isReadAudit(action: string): boolean {
  return action.endsWith('.read') || action.endsWith('.export') || auditedActsOnGet.has(action);
}

/** A refused request leaves this entry (server/platform/http/problem.ts), and nothing else. */
export const deniedAction = 'access.denied';
