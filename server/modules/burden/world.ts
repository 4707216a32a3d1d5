// What the burden arithmetic needs from the organisation: the unit tree, who is an active member
// where, and the organisation's settings. Loaded once per request and used in memory: a
// municipality has thousands of people, not millions, and counting performers in SQL for every
// demand would repeat the same subtree walk per row.
import type { Kysely, Transaction } from 'kysely';
import { costOf, round } from '../../../common/burden/cost.js';
import type { CostTrace } from '../../../common/burden/demands.js';
import { burdenLimits, isFrequencyUnit, type FrequencyUnit } from '../../../common/burden/vocabulary.js';
import { subtreeIds, type TreeNode } from '../../../common/org/tree.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface WorldUnit extends TreeNode {
  name: string;
  active: boolean;
}

export interface World {
  links: WorldUnit[];
  unitById: Map<string, WorldUnit>;
  /** Active memberships of active people. */
  memberships: Array<{ personId: string; unitId: string; role: string }>;
  hoursPerFte: number;
  hourlyCost: number | null;
}

export interface PerformerEntry {
  unitId: string;
  includeDescendants: boolean;
  role: string;
}

/** The inputs of a demand's cost, as stored. */
export interface DemandCostInputs {
  minutes: number;
  frequencyUnit: string;
  frequencyCount: number;
  performersEntered: number | null;
  performers: readonly PerformerEntry[];
}

export async function loadWorld(db: Db): Promise<World> {
  const [units, memberships, organisation] = await Promise.all([
    db.selectFrom('units').select(['id', 'parent_id', 'name', 'active']).execute(),
    db
      .selectFrom('memberships as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['m.person_id', 'm.unit_id', 'm.role'])
      .where('m.ended_at', 'is', null)
      .where('p.active', '=', 1)
      .execute(),
    db.selectFrom('organisation').select(['burden_hours_per_fte', 'burden_hourly_cost']).executeTakeFirst(),
  ]);
  const links = units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name, active: u.active === 1 }));
  return {
    links,
    unitById: new Map(links.map((u) => [u.id, u])),
    memberships: memberships.map((m) => ({ personId: m.person_id, unitId: m.unit_id, role: m.role })),
    hoursPerFte: organisation?.burden_hours_per_fte ?? burdenLimits.hoursPerFteDefault,
    hourlyCost: organisation?.burden_hourly_cost ?? null,
  };
}

const roleMatches = (wanted: string, role: string) =>
  wanted === 'all' || (wanted === 'managers' ? role === 'manager' || role === 'deputy' : role === 'staff');

/** The people one performer entry covers. */
export function peopleOfEntry(world: World, entry: PerformerEntry): Set<string> {
  const units = entry.includeDescendants ? subtreeIds(world.links, entry.unitId) : new Set([entry.unitId]);
  const people = new Set<string>();
  for (const m of world.memberships) if (units.has(m.unitId) && roleMatches(entry.role, m.role)) people.add(m.personId);
  return people;
}

/** Everyone who performs a demand, each person once across all entries. */
export function performersOf(world: World, entries: readonly PerformerEntry[]): Set<string> {
  const people = new Set<string>();
  for (const entry of entries) for (const id of peopleOfEntry(world, entry)) people.add(id);
  return people;
}

export const frequencyUnitOf = (value: string): FrequencyUnit => (isFrequencyUnit(value) ? value : 'year');

/** The cost of a demand with every input it came from. Hours rounded to one decimal, FTE to two. */
export function traceOf(world: World, inputs: DemandCostInputs, minutesOverride?: number): CostTrace {
  const counted = performersOf(world, inputs.performers).size;
  const performers = inputs.performersEntered ?? counted;
  const frequencyUnit = frequencyUnitOf(inputs.frequencyUnit);
  const minutes = minutesOverride ?? inputs.minutes;
  const cost = costOf(
    { minutes, frequencyUnit, frequencyCount: inputs.frequencyCount, performers },
    { hoursPerFte: world.hoursPerFte, hourlyCost: world.hourlyCost },
  );
  return {
    minutes,
    frequencyUnit,
    frequencyCount: inputs.frequencyCount,
    occurrencesPerYear: cost.occurrencesPerYear,
    performers,
    performersSource: inputs.performersEntered === null ? 'counted' : 'entered',
    annualHours: round(cost.annualHours, 1),
    fte: round(cost.fte, 2),
    money: cost.money === null ? null : Math.round(cost.money),
    hoursPerFte: world.hoursPerFte,
    hourlyCost: world.hourlyCost,
  };
}

/** Unrounded annual hours, for sums (rounding each row first would drift). */
export function hoursOf(world: World, inputs: DemandCostInputs): number {
  const performers = inputs.performersEntered ?? performersOf(world, inputs.performers).size;
  return costOf(
    {
      minutes: inputs.minutes,
      frequencyUnit: frequencyUnitOf(inputs.frequencyUnit),
      frequencyCount: inputs.frequencyCount,
      performers,
    },
    { hoursPerFte: world.hoursPerFte, hourlyCost: world.hourlyCost },
  ).annualHours;
}

export const unitName = (world: World, id: string) => world.unitById.get(id)?.name ?? '';
export const unitRefOf = (world: World, id: string) => ({ id, name: unitName(world, id) });
