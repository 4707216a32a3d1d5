// Serialises rare, invariant-guarding writes (such as "there is always an administrator").
// SQLite allows one writer at a time already; on PostgreSQL the organisation row is locked for
// the rest of the transaction, so a second such transaction waits and then sees the first's result.
import { PostgresAdapter, type Transaction } from 'kysely';
import type { Database } from './schema.js';

export async function lockOrganisation(trx: Transaction<Database>): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom('organisation').select('id').forUpdate().execute();
}
