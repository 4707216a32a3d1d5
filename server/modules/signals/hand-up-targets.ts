// Where a leader can hand a signal that is outside their mandate: the unit above (the nearest one
// with a manager), or the holder of the mandate in the mandates register that covers the matter.
// Each mandate is offered on its own with its decision text, so the leader picks the mandate that
// covers the matter, not merely a unit that holds some mandate; the cited mandate is recorded on
// the hand-up step of the timeline.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { invalid } from '../../platform/errors.js';
import type { UnitLink } from '../org/units-repo.js';
import { unitAbove } from './routing.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface HandUpTarget {
  unit: { id: string; name: string };
  reason: 'parent' | 'mandate';
  mandate: { id: string; title: string; description: string } | null;
}

export async function handUpTargets(
  db: Db,
  links: readonly UnitLink[],
  withManagers: ReadonlySet<string>,
  handlingUnitId: string,
): Promise<HandUpTarget[]> {
  const [units, mandates] = await Promise.all([
    db.selectFrom('units').select(['id', 'name']).where('active', '=', 1).execute(),
    // Confidential mandates are left out: their titles are for those who must see them.
    db
      .selectFrom('mandates')
      .leftJoin('confidential_records as c', (join) =>
        join.onRef('c.entity_id', '=', 'mandates.id').on('c.entity_type', '=', 'mandate'),
      )
      .select(['mandates.id', 'mandates.unit_id', 'mandates.title', 'mandates.description'])
      .where('mandates.active', '=', 1)
      .where('c.entity_id', 'is', null)
      .orderBy('mandates.title')
      .orderBy('mandates.id')
      .execute(),
  ]);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const out: HandUpTarget[] = [];
  const parent = unitAbove(links, withManagers, handlingUnitId);
  const parentName = parent === null ? undefined : nameOf.get(parent);
  if (parent !== null && parentName !== undefined)
    out.push({ unit: { id: parent, name: parentName }, reason: 'parent', mandate: null });
  for (const m of mandates) {
    // A mandate held by a role rather than a unit, by this unit itself, or by a unit with no one to
    // answer cannot take the signal.
    const name = m.unit_id === null ? undefined : nameOf.get(m.unit_id);
    if (m.unit_id === null || name === undefined || m.unit_id === handlingUnitId || !withManagers.has(m.unit_id))
      continue;
    out.push({
      unit: { id: m.unit_id, name },
      reason: 'mandate',
      mandate: { id: m.id, title: m.title, description: m.description },
    });
  }
  return out;
}

/** Checks a hand-up against the offered targets: to the unit above, or to the holder of the cited
 *  mandate. Returns the cited mandate's id (null for the unit above); a unit that is neither, or a
 *  mandate it does not hold, is refused naming the field. */
export function citedMandate(
  targets: readonly HandUpTarget[],
  body: { toUnitId: string; mandateId?: string | undefined },
): string | null {
  if (body.mandateId !== undefined) {
    const cited = targets.find((t) => t.mandate?.id === body.mandateId);
    if (!cited) throw invalid('handUpMandate', 'mandateId');
    if (cited.unit.id !== body.toUnitId) throw invalid('handUpTarget', 'toUnitId');
    return body.mandateId;
  }
  // Without a cited mandate only the unit above: a mandate holder is chosen by its mandate.
  if (!targets.some((t) => t.reason === 'parent' && t.unit.id === body.toUnitId))
    throw invalid('handUpTarget', 'toUnitId');
  return null;
}

/** Titles of the mandates the given timeline steps cite, for the timeline. A mandate marked
 *  confidential since is left out: the step then names no mandate. */
export async function citedMandateTitles(
  db: Db,
  events: ReadonlyArray<{ mandate_id: string | null }>,
): Promise<Map<string, string>> {
  const ids = [...new Set(events.flatMap((e) => (e.mandate_id === null ? [] : [e.mandate_id])))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('mandates')
    .leftJoin('confidential_records as c', (join) =>
      join.onRef('c.entity_id', '=', 'mandates.id').on('c.entity_type', '=', 'mandate'),
    )
    .select(['mandates.id', 'mandates.title'])
    .where('mandates.id', 'in', ids)
    .where('c.entity_id', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}
