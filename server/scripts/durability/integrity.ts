// The database's own consistency after a crash. SQLite: integrity_check and foreign_key_check.
// PostgreSQL: every foreign key of the schema is joined to its target (found from the catalog,
// so a new table is covered without editing this file), every index is valid, and the unique
// index on active memberships exists and holds. On both: the audit log's hash chain verifies.
import type SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { DbHandle } from '../../db/index.js';
import type { Database } from '../../db/schema.js';
import { verifyAuditChain } from '../../platform/audit-verify.js';

export interface IntegrityCheck {
  failures: string[];
  /** What was checked, for the report. */
  checked: string[];
}

export async function checkIntegrity(handle: DbHandle): Promise<IntegrityCheck> {
  const result = handle.sqlite ? checkSqlite(handle.sqlite) : await checkPostgres(handle.db);
  const duplicates = await sql<{ n: number | string }>`select count(*) as n from (
      select person_id, unit_id, role from memberships where ended_at is null
      group by person_id, unit_id, role having count(*) > 1) d`.execute(handle.db);
  const duplicateCount = Number(duplicates.rows[0]?.n ?? 0);
  if (duplicateCount > 0) result.failures.push(`${duplicateCount} person/unit/role with two active memberships`);
  result.checked.push('one active membership per person, unit and role');
  // The tamper-evident chain must survive a crash too: sealing is transactional, so a kill
  // leaves entries unsealed (the next seal takes them), never a broken link.
  const chain = await verifyAuditChain(handle.db);
  if (!chain.ok) result.failures.push(`audit chain broken: ${JSON.stringify(chain.firstBroken)}`);
  result.checked.push(`audit hash chain (${chain.entries} entries)`);
  return result;
}

function checkSqlite(conn: SQLite.Database): IntegrityCheck {
  const failures: string[] = [];
  const integrity = conn.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') failures.push(`PRAGMA integrity_check: ${JSON.stringify(integrity)}`);
  const foreignKeys = conn.pragma('foreign_key_check');
  if (!Array.isArray(foreignKeys) || foreignKeys.length > 0)
    failures.push(`PRAGMA foreign_key_check: ${JSON.stringify(foreignKeys).slice(0, 500)}`);
  const index = conn
    .prepare("select name from sqlite_master where type = 'index' and name = 'memberships_active_unique'")
    .get();
  if (index === undefined) failures.push('the unique index memberships_active_unique is missing');
  const journal = conn.pragma('journal_mode', { simple: true });
  if (journal !== 'wal') failures.push(`journal_mode is ${String(journal)}, expected wal`);
  return {
    failures,
    checked: ['PRAGMA integrity_check', 'PRAGMA foreign_key_check', 'journal_mode=wal (persistent)'],
  };
}

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  child_columns: string[];
  parent_columns: string[];
  validated: boolean;
}

async function checkPostgres(db: Kysely<Database>): Promise<IntegrityCheck> {
  const failures: string[] = [];
  const keys = await sql<ForeignKey>`
    select c.conname as name, child.relname as child, parent.relname as parent, c.convalidated as validated,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(num, ord)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.ord) as child_columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(num, ord)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord) as parent_columns
    from pg_constraint c
      join pg_class child on child.oid = c.conrelid
      join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
    order by c.conname`.execute(db);
  if (keys.rows.length === 0) failures.push('no foreign keys found in the schema: nothing was checked');
  for (const key of keys.rows) {
    if (!key.validated) failures.push(`foreign key ${key.name} is not validated`);
    const notNull = sql.join(
      key.child_columns.map((column) => sql`${sql.id('c', column)} is not null`),
      sql` and `,
    );
    const joined = sql.join(
      key.child_columns.map((column, i) => sql`${sql.id('p', key.parent_columns[i] ?? '')} = ${sql.id('c', column)}`),
      sql` and `,
    );
    const orphans = await sql<{ n: number | string }>`select count(*) as n from ${sql.id(key.child)} c
      where ${notNull} and not exists (select 1 from ${sql.id(key.parent)} p where ${joined})`.execute(db);
    const count = Number(orphans.rows[0]?.n ?? 0);
    if (count > 0) failures.push(`${count} rows of ${key.child} break foreign key ${key.name} to ${key.parent}`);
  }
  const invalid = await sql<{ name: string }>`select i.relname as name from pg_index x
      join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where t.relnamespace = current_schema()::regnamespace and not (x.indisvalid and x.indisready)`.execute(db);
  for (const row of invalid.rows) failures.push(`index ${row.name} is not valid`);
  const unique = await sql<{ name: string }>`select indexname as name from pg_indexes
      where schemaname = current_schema() and indexname = 'memberships_active_unique'`.execute(db);
  if (unique.rows.length === 0) failures.push('the unique index memberships_active_unique is missing');
  return {
    failures,
    checked: [`${keys.rows.length} foreign keys joined to their targets`, 'every index valid and ready'],
  };
}
