// How many rows each table holds, or a digest of its whole content, to prove that a request changed
// nothing (GET is safe, a refused request leaves no trace), and which audit entries a run added.
import { createHash } from 'node:crypto';
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

/** Columns left out of a table's digest because a read legitimately changes them. */
export type IgnoredColumns = Partial<Record<string, readonly string[]>>;

const stable = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);

/**
 * A SHA-256 of each table's rows (every column but the ignored ones, rows in a fixed order), so an
 * UPDATE shows as well as an INSERT or DELETE. `except` leaves out whole tables checked another way.
 */
export async function tableDigests(
  database: DbHandle,
  options: { except?: readonly string[]; ignore?: IgnoredColumns } = {},
): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of await listTables(database)) {
    if (options.except?.includes(table)) continue;
    const ignored = options.ignore?.[table] ?? [];
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
    const rows = result.rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .filter((column) => !ignored.includes(column))
            .sort()
            .map((column) => [column, row[column]]),
          stable,
        ),
      )
      .sort();
    digests[table] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  return digests;
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
