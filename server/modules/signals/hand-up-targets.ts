// Where a leader can hand a signal that is outside their mandate: the units above (nearest first)
// and any unit that holds a mandate in the mandates register, with the mandates' titles, so the
// choice is made from the register and not from memory.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { UnitLink } from '../org/units-repo.js';
import { unitsAbove } from './routing.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface HandUpTarget {
  unit: { id: string; name: string };
  reason: 'parent' | 'ancestor' | 'mandate';
  mandates: string[];
}

export async function handUpTargets(
  db: Db,
  links: readonly UnitLink[],
  withManagers: ReadonlySet<string>,
  handlingUnitId: string,
): Promise<HandUpTarget[]> {
  const [units, mandates] = await Promise.all([
    db.selectFrom('units').select(['id', 'name', 'kind']).where('active', '=', 1).execute(),
    // Confidential mandates are left out: their titles are for those who must see them.
    db
      .selectFrom('mandates')
      .leftJoin('confidential_records as c', (join) =>
        join.onRef('c.entity_id', '=', 'mandates.id').on('c.entity_type', '=', 'mandate'),
      )
      .select(['mandates.unit_id', 'mandates.title'])
      .where('mandates.active', '=', 1)
      .where('mandates.unit_id', 'is not', null)
      .where('c.entity_id', 'is', null)
      .orderBy('mandates.title')
      .execute(),
  ]);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const titlesOf = new Map<string, string[]>();
  for (const m of mandates) if (m.unit_id) titlesOf.set(m.unit_id, [...(titlesOf.get(m.unit_id) ?? []), m.title]);
  const out: HandUpTarget[] = [];
  const seen = new Set<string>([handlingUnitId]);
  unitsAbove(links, handlingUnitId)
    .filter((u) => u.active && withManagers.has(u.id))
    .forEach((u, index) => {
      seen.add(u.id);
      out.push({
        unit: { id: u.id, name: nameOf.get(u.id) ?? '' },
        reason: index === 0 ? 'parent' : 'ancestor',
        mandates: titlesOf.get(u.id) ?? [],
      });
    });
  for (const [unitId, titles] of titlesOf) {
    if (seen.has(unitId) || !nameOf.has(unitId) || !withManagers.has(unitId)) continue;
    seen.add(unitId);
    out.push({ unit: { id: unitId, name: nameOf.get(unitId) ?? '' }, reason: 'mandate', mandates: titles });
  }
  return out;
}
