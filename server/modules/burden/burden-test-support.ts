// Shared by the burden API tests and access cases: a valid demand body and small helpers.
import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { demandDetailSchema, roundReportSchema, type DemandDetail } from '../../../common/burden/api.js';
import type { Database } from '../../db/schema.js';
import type { Caller, Scenario } from '../../test-support/api-app.js';

/** A weekly report by everyone in unit A1 (two staff): 30 min x 52 x 2 / 60 = 52 hours a year. */
export function demandBody(s: Scenario, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Veckorapport beläggning',
    description: 'Antal belagda platser varje vecka.',
    kind: 'reporting',
    ownerUnitId: s.units.deptA,
    origin: 'organisation',
    originUnitId: s.units.deptA,
    purpose: 'Planering av bemanning.',
    resultUsers: 'Förvaltningsledningen',
    frequencyUnit: 'week',
    frequencyCount: 1,
    minutes: 30,
    performers: [{ unitId: s.units.unitA1, includeDescendants: false, role: 'staff' }],
    ...overrides,
  };
}

export async function createDemand(caller: Caller, body: object): Promise<DemandDetail> {
  const response = await caller('POST', '/api/v1/burden/demands', body);
  expect(response.statusCode, response.body).toBe(200);
  return demandDetailSchema.parse(response.json());
}

export async function readDemand(caller: Caller, id: string): Promise<DemandDetail> {
  const response = await caller('GET', `/api/v1/burden/demands/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return demandDetailSchema.parse(response.json());
}

export async function openRound(caller: Caller, body: object) {
  const response = await caller('POST', '/api/v1/burden/rounds', body);
  expect(response.statusCode, response.body).toBe(200);
  return roundReportSchema.parse(response.json());
}

export const today = () => new Date().toISOString().slice(0, 10);
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Inserts a demand owned by department A, performed by unit A1's staff, straight into the
 *  database (for access cases that need one without signing in first). */
export async function seedDemand(
  db: Kysely<Database>,
  s: Scenario,
  ownerUnitId = s.units.deptA,
  id: string = randomUUID(),
): Promise<string> {
  const now = new Date().toISOString();
  await db
    .insertInto('burden_demands')
    .values({
      id,
      title: 'Månadsrapport sjukfrånvaro',
      description: '',
      kind: 'reporting',
      owner_unit_id: ownerUnitId,
      owner_person_id: null,
      origin: 'organisation',
      origin_unit_id: null,
      legal_basis: null,
      purpose: '',
      result_users: '',
      frequency_unit: 'month',
      frequency_count: 1,
      minutes: 20,
      performers_entered: null,
      review_on: null,
      measures: null,
      focus: null,
      status: 'active',
      merged_into_id: null,
      created_by: s.people.admin.id,
      created_at: now,
      updated_at: now,
      version: 1,
      idempotency_key: null,
    })
    .execute();
  const performerUnit = ownerUnitId === s.units.deptA ? s.units.unitA1 : s.units.unitB1;
  await db
    .insertInto('burden_demand_performers')
    .values({ demand_id: id, unit_id: performerUnit, include_descendants: 1, role: 'all' })
    .execute();
  return id;
}

/** An open round over one demand, with an undecided "remove" proposal by the admin. */
export async function seedRoundWithProposal(
  db: Kysely<Database>,
  s: Scenario,
  demandId: string,
  roundId: string = randomUUID(),
  proposalId: string = randomUUID(),
) {
  const now = new Date().toISOString();
  await db
    .insertInto('burden_rounds')
    .values({
      id: roundId,
      title: 'Rensning våren',
      scope_unit_id: s.units.deptA,
      opens_on: now.slice(0, 10),
      closes_on: now.slice(0, 10),
      status: 'open',
      created_by: s.people.admin.id,
      created_at: now,
      closed_at: null,
      idempotency_key: null,
    })
    .execute();
  await db
    .insertInto('burden_round_demands')
    .values({
      round_id: roundId,
      demand_id: demandId,
      hours_before: 8,
      minutes_before: 20,
      occurrences_before: 12,
      performers_before: 2,
    })
    .execute();
  await db
    .insertInto('burden_proposals')
    .values({
      id: proposalId,
      round_id: roundId,
      demand_id: demandId,
      proposed_by: s.people.admin.id,
      action: 'keep',
      new_frequency_unit: null,
      new_frequency_count: null,
      new_minutes: null,
      merge_into_id: null,
      external_recipient: null,
      external_request: null,
      external_sent_on: null,
      external_answer: null,
      rationale: 'Behövs.',
      status: 'proposed',
      decision: null,
      decided_by: null,
      decision_rationale: null,
      decided_at: null,
      hours_before: 8,
      hours_after: 8,
      created_at: now,
    })
    .execute();
  return { roundId, proposalId };
}
