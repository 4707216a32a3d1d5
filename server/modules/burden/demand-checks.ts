// The checks on a demand that zod cannot make alone: units and people that exist, the yearly
// ceiling of occurrences, and fields that only goals and indicators have.
import { occurrencesPerYear } from '../../../common/burden/cost.js';
import type { CreateDemandBody } from '../../../common/burden/demands.js';
import { burdenLimits, measuredKinds } from '../../../common/burden/vocabulary.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { isExternalKind } from '../../../common/org/roles.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { invalid } from '../../platform/errors.js';
import { findActivePerson } from './repo.js';
import type { World } from './world.js';

type DemandInput = Omit<CreateDemandBody, 'idempotencyKey'>;

/** An active unit of our own organisation (not citizens, partners or supervisors). */
export function isOwnUnit(world: World, unitId: string, kinds: ReadonlyMap<string, string>): boolean {
  const unit = world.unitById.get(unitId);
  return unit !== undefined && unit.active && !isExternalKind(kinds.get(unitId) ?? '');
}

export async function unitKinds(db: Kysely<Database> | Transaction<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('units').select(['id', 'kind']).execute();
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** Throws a 422 naming the first bad field; returns the input with fields that do not apply cleared. */
export async function checkDemand(
  db: Kysely<Database> | Transaction<Database>,
  world: World,
  body: DemandInput,
): Promise<DemandInput> {
  const kinds = await unitKinds(db);
  if (!isOwnUnit(world, body.ownerUnitId, kinds)) throw invalid('burdenUnit', 'ownerUnitId');
  if (body.ownerPersonId !== null && !(await findActivePerson(db, body.ownerPersonId)))
    throw invalid('burdenPerson', 'ownerPersonId');
  const originUnitId = body.origin === 'organisation' ? body.originUnitId : null;
  if (originUnitId !== null && !isOwnUnit(world, originUnitId, kinds)) throw invalid('burdenUnit', 'originUnitId');
  body.performers.forEach((p, index) => {
    if (!isOwnUnit(world, p.unitId, kinds)) throw invalid('burdenUnit', `performers.${index}.unitId`);
  });
  if (occurrencesPerYear(body.frequencyUnit, body.frequencyCount) > burdenLimits.occurrencesPerYearMax)
    throw invalid('burdenOccurrences', 'frequencyCount', { maximum: burdenLimits.occurrencesPerYearMax });
  const measured = isOneOf(measuredKinds, body.kind);
  if (!measured && body.measures !== null) throw invalid('burdenMeasuredOnly', 'measures');
  if (!measured && body.focus !== null) throw invalid('burdenMeasuredOnly', 'focus');
  return { ...body, originUnitId };
}
