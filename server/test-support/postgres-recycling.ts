// Reuses migrated PostgreSQL test schemas within one test file. Migrating a fresh schema costs
// about 300 ms and dropping it about 100 ms, which over a thousand PostgreSQL tests was the
// largest part of `npm test`. A closed schema whose structure is still exactly what the
// migrations made is emptied back to the rows the migrations left (sequences included) and handed
// to the next test; one whose structure a test changed is dropped. The first schema of every file
// still runs the real migrator, and databases.test.ts proves a recycled schema is clean.
// No vitest imports here; databases.ts owns the hooks.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { dropSchema, withClient } from './postgres.js';

/** What a freshly migrated schema looks like: its structure's digest, and the rows and sequences
 *  the migrations left behind. */
interface Baseline {
  fingerprint: string;
  tables: Array<{ name: string; columns: string[]; rowsJson: string }>;
  sequences: Array<{ name: string; value: string; called: boolean }>;
}

const inSchema = 'current_schema()::regnamespace';

// Everything a test could change in the structure: relations, columns, constraints, triggers
// (and whether they are enabled), functions, without the schema's own name (definitions name
// it). Equal digests mean the reset below restores a
// schema equal to a freshly migrated one.
const fingerprintQuery = `
  select md5(coalesce(string_agg(replace(x, current_schema(), '~'), '|' order by x), '')) as fingerprint from (
    select 'r:' || c.relname || ':' || c.relkind::text from pg_class c where c.relnamespace = ${inSchema}
    union all
    select 'a:' || c.relname || ':' || a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' ||
      a.attnotnull::text || ':' || a.attgenerated::text || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where c.relnamespace = ${inSchema} and a.attnum > 0 and not a.attisdropped
    union all
    select 'k:' || k.conname || ':' || pg_get_constraintdef(k.oid) from pg_constraint k where k.connamespace = ${inSchema}
    union all
    select 'i:' || pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = ${inSchema}
    union all
    select 't:' || t.tgname || ':' || t.tgenabled::text || ':' || pg_get_triggerdef(t.oid) from pg_trigger t
      join pg_class c on c.oid = t.tgrelid where c.relnamespace = ${inSchema} and not t.tgisinternal
    union all
    select 'f:' || p.proname || ':' || md5(p.prosrc) from pg_proc p where p.pronamespace = ${inSchema}
  ) s(x)`;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A dollar-quoted literal whose tag cannot occur in the text. */
function dollarQuote(text: string): string {
  let tag = '';
  do tag = `j${randomBytes(6).toString('hex')}`;
  while (text.includes(`$${tag}$`));
  return `$${tag}$${text}$${tag}$`;
}

async function fingerprintOf(client: pg.Client): Promise<string> {
  const result = await client.query<{ fingerprint: string }>(fingerprintQuery);
  return result.rows[0]?.fingerprint ?? '';
}

/** Reads the baseline of a schema the migrator has just brought up to date. */
export async function captureBaseline(schemaUrl: string): Promise<Baseline> {
  return withClient(schemaUrl, async (client) => {
    const columns = await client.query<{ table: string; columns: string[] }>(
      `select c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
         from pg_class c join pg_attribute a on a.attrelid = c.oid
        where c.relnamespace = ${inSchema} and c.relkind in ('r', 'p') and a.attnum > 0
          and not a.attisdropped and a.attgenerated = ''
        group by c.relname order by c.relname`,
    );
    const tables: Baseline['tables'] = [];
    for (const row of columns.rows) {
      const rows = await client.query<{ rows: string }>(
        `select coalesce(json_agg(t), '[]'::json)::text as rows from ${quoteIdent(row.table)} t`,
      );
      tables.push({ name: row.table, columns: row.columns, rowsJson: rows.rows[0]?.rows ?? '[]' });
    }
    const sequences = await client.query<{ name: string; value: string | null; start: string }>(
      `select sequencename as name, last_value::text as value, start_value::text as start
         from pg_sequences where schemaname = current_schema()`,
    );
    return {
      fingerprint: await fingerprintOf(client),
      tables,
      sequences: sequences.rows.map((s) => ({ name: s.name, value: s.value ?? s.start, called: s.value !== null })),
    };
  });
}

function resetScript(baseline: Baseline): string {
  const lines = ['begin', 'set local session_replication_role = replica'];
  for (const table of baseline.tables) lines.push(`delete from ${quoteIdent(table.name)}`);
  for (const table of baseline.tables) {
    if (table.rowsJson === '[]') continue;
    const columns = table.columns.map(quoteIdent).join(', ');
    lines.push(
      `insert into ${quoteIdent(table.name)} (${columns}) select ${columns} from ` +
        `json_populate_recordset(null::${quoteIdent(table.name)}, ${dollarQuote(table.rowsJson)})`,
    );
  }
  for (const s of baseline.sequences)
    lines.push(`select setval('${quoteIdent(s.name).replaceAll("'", "''")}', ${Number(s.value)}, ${s.called})`);
  lines.push('commit');
  return lines.map((line) => `${line};`).join('\n');
}

/**
 * Empties a closed schema back to its baseline and says true, or drops it and says false when a
 * test changed its structure (or the reset failed). No connection to it may still be open.
 */
export async function resetOrDrop(url: string, schemaUrl: string, schema: string, baseline: Baseline) {
  try {
    const reset = await withClient(schemaUrl, async (client) => {
      if ((await fingerprintOf(client)) !== baseline.fingerprint) return false;
      await client.query(resetScript(baseline));
      return true;
    });
    if (reset) return true;
  } catch {
    // Dropping below is always safe; a failed reset only costs the time a new schema takes.
  }
  await dropSchema(url, schema);
  return false;
}

export type { Baseline };
