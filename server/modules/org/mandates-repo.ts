// All SQL about the mandates register.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database, MandateTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function listMandateRows(
  db: Db,
  filter: { unitId?: string | undefined; q?: string | undefined; includeInactive: boolean },
) {
  let q = db
    .selectFrom('mandates')
    .leftJoin('units', 'units.id', 'mandates.unit_id')
    .selectAll('mandates')
    .select('units.name as unit_name')
    .orderBy('mandates.title');
  if (!filter.includeInactive) q = q.where('mandates.active', '=', 1);
  if (filter.unitId) q = q.where('mandates.unit_id', '=', filter.unitId);
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('strpos', [eb.fn('lower', ['mandates.title']), eb.val(needle)]), '>', 0),
        eb(eb.fn('strpos', [eb.fn('lower', ['mandates.description']), eb.val(needle)]), '>', 0),
        eb(eb.fn('strpos', [eb.fn('lower', ['mandates.delegated_by']), eb.val(needle)]), '>', 0),
      ]),
    );
  }
  return q.execute();
}

export async function findMandate(db: Db, id: string) {
  return db
    .selectFrom('mandates')
    .leftJoin('units', 'units.id', 'mandates.unit_id')
    .selectAll('mandates')
    .select('units.name as unit_name')
    .where('mandates.id', '=', id)
    .executeTakeFirst();
}

export async function insertMandate(db: Db, row: Insertable<MandateTable>): Promise<void> {
  await db.insertInto('mandates').values(row).execute();
}

export async function updateMandateRow(db: Db, id: string, changes: Updateable<MandateTable>): Promise<void> {
  await db.updateTable('mandates').set(changes).where('id', '=', id).execute();
}
