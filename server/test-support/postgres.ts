// PostgreSQL side of the test databases: where the server is, and one throwaway schema per
// opened test database so parallel test files never see each other's rows. No vitest imports
// here, because the global setup (outside any test) uses this file too.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isPostgresUrl } from '../db/index.js';

export const postgresSkipNotice =
  'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://127.0.0.1:5432/test to run them';

const schemaPrefix = 'tillit_test_';
/** Schemas left behind by a crashed run are dropped once they are this old. */
const staleAfterSeconds = 2 * 60 * 60;

/** The PostgreSQL server the tests may use, or undefined when PostgreSQL tests are off. */
export function postgresTestUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') return undefined;
  if (!isPostgresUrl(url)) {
    throw new Error(`TEST_DATABASE_URL must be a postgres:// or postgresql:// URL, got "${url}"`);
  }
  return url;
}

/** The creation time is in the name so that a later run can tell a stale schema from a live one. */
export function newSchemaName(): string {
  return `${schemaPrefix}${Math.floor(Date.now() / 1000)}_${randomBytes(5).toString('hex')}`;
}

/** The same URL, with every pooled connection starting in `schema` (libpq's `options`). */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  const existing = parsed.searchParams.get('options');
  const option = `-c search_path=${schema}`;
  parsed.searchParams.set('options', existing === null || existing === '' ? option : `${existing} ${option}`);
  return parsed.toString();
}

/** One connection for `fn`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  // Our names are generated, but quote anyway so a bad name fails instead of injecting.
  return `"${name.replaceAll('"', '""')}"`;
}

export async function createSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (c) => c.query(`create schema ${quoteIdent(schema)}`));
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (c) => c.query(`drop schema if exists ${quoteIdent(schema)} cascade`));
}

export async function schemaExists(url: string, schema: string): Promise<boolean> {
  const result = await withClient(url, (c) =>
    c.query<{ found: number }>('select 1 as found from pg_namespace where nspname = $1', [schema]),
  );
  return result.rows.length > 0;
}

/**
 * Drops test schemas from runs that crashed before cleaning up. Only old ones: another test run
 * (another developer, another agent) may be using the same database right now.
 */
export async function dropStaleSchemas(url: string): Promise<string[]> {
  const cutoff = Math.floor(Date.now() / 1000) - staleAfterSeconds;
  return withClient(url, async (c) => {
    const result = await c.query<{ nspname: string }>(
      'select nspname from pg_namespace where starts_with(nspname, $1) order by nspname',
      [schemaPrefix],
    );
    const dropped: string[] = [];
    for (const { nspname } of result.rows) {
      const createdAt = Number(nspname.slice(schemaPrefix.length).split('_')[0]);
      if (!Number.isFinite(createdAt) || createdAt >= cutoff) continue;
      await c.query(`drop schema if exists ${quoteIdent(nspname)} cascade`);
      dropped.push(nspname);
    }
    return dropped;
  });
}
