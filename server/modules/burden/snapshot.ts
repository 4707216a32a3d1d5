// Snapshots of the totals: taken in the same transaction as every decision (and after an import),
// so the trend over time is a real series and never a reconstruction.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { round } from '../../../common/burden/cost.js';
import type { SnapshotCause } from '../../../common/burden/vocabulary.js';
import type { Database } from '../../db/schema.js';
import { costInputsOf } from './presenters.js';
import { listDemandRows } from './repo.js';
import { hoursOf, loadWorld } from './world.js';

export async function takeSnapshot(
  trx: Transaction<Database>,
  cause: SnapshotCause,
  causeId: string | null,
  at: string,
): Promise<void> {
  const world = await loadWorld(trx);
  const demands = await listDemandRows(trx, { status: 'active' });
  const perUnit: Record<string, number> = {};
  let total = 0;
  for (const d of demands) {
    const hours = hoursOf(world, costInputsOf(d));
    total += hours;
    perUnit[d.owner_unit_id] = round((perUnit[d.owner_unit_id] ?? 0) + hours, 2);
  }
  await trx
    .insertInto('burden_snapshots')
    .values({
      id: randomUUID(),
      taken_at: at,
      cause,
      cause_id: causeId,
      total_hours: round(total, 2),
      active_demands: demands.length,
      units_json: JSON.stringify(perUnit),
    })
    .execute();
}
