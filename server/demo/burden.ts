// The demo organisation's burden inventory: steering demands as a Swedish municipality has them,
// a clean-up round last autumn with its decisions (and a snapshot after each, so the trend has a
// history), and an open round in home care so the frontline and their managers have work waiting.
// Ids and assessments are deterministic; the round dates follow today's date so one stays open.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { costInputsOf } from '../modules/burden/presenters.js';
import { listDemandRows } from '../modules/burden/repo.js';
import { takeSnapshot } from '../modules/burden/snapshot.js';
import { hoursOf, loadWorld, performersOf, traceOf, type World } from '../modules/burden/world.js';
import { demoDemandPlans, type DemandPlan } from './burden-plans.js';
import { demoUuid, intBetween, mulberry32, type Rng } from './random.js';

const plans = demoDemandPlans;

const unitId = (code: string) => demoUuid('unit', code);
const personId = (email: string) => demoUuid('person', email);
const demandId = (key: string) => demoUuid('burden-demand', key);
const departmentHead = personId('forvaltningschef@exempelby.se');
const unitManager = personId('enhetschef@exempelby.se');
const frontline = personId('medarbetare@exempelby.se');

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (base: Date, days: number) => new Date(base.getTime() + days * 86_400_000);

export async function seedDemoBurden(trx: Transaction<Database>): Promise<void> {
  const rng = mulberry32(505);
  const now = new Date();
  const registered = daysFrom(now, -200).toISOString();
  const world = await loadWorld(trx);

  for (const plan of plans) {
    const id = demandId(plan.key);
    await trx
      .insertInto('burden_demands')
      .values({
        id,
        title: plan.title,
        description: plan.description,
        kind: plan.kind,
        owner_unit_id: unitId(plan.owner),
        owner_person_id: plan.ownerEmail ? personId(plan.ownerEmail) : null,
        origin: plan.origin,
        origin_unit_id: plan.originUnit ? unitId(plan.originUnit) : null,
        legal_basis: plan.legalBasis ?? null,
        purpose: plan.purpose,
        result_users: plan.users,
        frequency_unit: plan.unit,
        frequency_count: plan.count,
        minutes: plan.minutes,
        performers_entered: plan.entered ?? null,
        review_on: plan.reviewOn ?? null,
        measures: plan.measures ?? null,
        focus: plan.focus ?? null,
        status: 'active',
        merged_into_id: null,
        created_by: departmentHead,
        created_at: registered,
        updated_at: registered,
        version: 1,
        idempotency_key: null,
      })
      .execute();
    for (const [code, role, descendants] of plan.performers)
      await trx
        .insertInto('burden_demand_performers')
        .values({ demand_id: id, unit_id: unitId(code), include_descendants: descendants ? 1 : 0, role })
        .execute();
  }
  await takeSnapshot(trx, 'import', null, registered);

  await closedRound(trx, rng, world, now);
  await openRound(trx, rng, world, now);
}

/** Assessments by a share of each demand's performers, around the demand's planned usefulness. */
async function assess(
  trx: Transaction<Database>,
  rng: Rng,
  world: World,
  key: string,
  roundId: string | null,
  share: number,
  at: string,
  skip: ReadonlySet<string> = new Set(),
) {
  const plan = plans.find((p) => p.key === key);
  const demand = (await listDemandRows(trx, { ids: [demandId(key)] }))[0];
  if (!plan || !demand) return;
  const people = [...performersOf(world, demand.performers)].filter((p) => !skip.has(p)).sort();
  const chosen = people.filter(() => rng() < share).slice(0, 40);
  const comments = commentsFor(plan);
  for (const [index, person] of chosen.entries()) {
    const usefulness = Math.min(5, Math.max(1, Math.round(plan.useful + (rng() - 0.5) * 2)));
    const minutes = rng() < 0.6 ? Math.max(1, Math.round(plan.minutes * (0.7 + rng() * 0.9))) : null;
    await trx
      .insertInto('burden_assessments')
      .values({
        id: demoUuid('burden-assessment', key, person, roundId ?? ''),
        demand_id: demandId(key),
        person_id: person,
        round_key: roundId ?? '',
        round_id: roundId,
        usefulness,
        noticed: usefulness >= 4 ? 'yes' : usefulness <= 2 ? (rng() < 0.7 ? 'no' : 'unknown') : 'unknown',
        minutes,
        comment: index < comments.length ? (comments[index] ?? '') : '',
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}

function commentsFor(plan: DemandPlan): string[] {
  if (plan.useful <= 2)
    return [
      'Jag har aldrig fått veta vad uppgifterna används till.',
      'Tar tid från brukarna. Samma sak finns redan i verksamhetssystemet.',
    ];
  if (plan.useful >= 4) return ['Viktigt för att nästa pass ska veta vad som hänt.'];
  return ['Behövs, men kunde göras enklare.'];
}

async function freeze(trx: Transaction<Database>, world: World, roundId: string, keys: readonly string[]) {
  for (const d of await listDemandRows(trx, { ids: keys.map(demandId) })) {
    const trace = traceOf(world, costInputsOf(d));
    await trx
      .insertInto('burden_round_demands')
      .values({
        round_id: roundId,
        demand_id: d.id,
        hours_before: trace.annualHours,
        minutes_before: trace.minutes,
        occurrences_before: trace.occurrencesPerYear,
        performers_before: trace.performers,
      })
      .execute();
  }
}

interface DecisionPlan {
  key: string;
  action: 'keep' | 'simplify' | 'remove' | 'raiseExternal';
  by: string;
  rationale: string;
  decision: string;
  newMinutes?: number;
  external?: { recipient: string; request: string; answer: string };
}

const autumnDecisions: DecisionPlan[] = [
  {
    key: 'occupancy-week',
    action: 'remove',
    by: departmentHead,
    rationale: 'Beläggningen syns redan i verksamhetssystemet i realtid. Ingen har använt kalkylarket sedan i våras.',
    decision: 'Tas bort från och med nästa månad. Biståndsenheten läser beläggningen direkt i systemet.',
  },
  {
    key: 'substitute-approval',
    action: 'remove',
    by: unitManager,
    rationale:
      'Enhetscheferna har budgetansvar och ser själva behovet. Godkännandet fördröjer bokningen med upp till en dag.',
    decision: 'Enhetscheferna beslutar själva om vikarier inom budget. Uppföljning sker i den månatliga prognosen.',
  },
  {
    key: 'team-meeting',
    action: 'simplify',
    by: unitManager,
    newMinutes: 40,
    rationale: 'Mötet behövs, men planeringsdelen kan göras i den gemensamma kalendern i förväg.',
    decision: 'Mötet kortas till 40 minuter med en fast dagordning.',
  },
  {
    key: 'nki',
    action: 'raiseExternal',
    by: departmentHead,
    rationale:
      'Mätningen överlappar Socialstyrelsens årliga brukarundersökning och har för få svar per enhet för att säga något.',
    decision: 'Frågan lyfts till nämnden. Mätningen görs tills vidare som förut.',
    external: {
      recipient: 'Vård- och omsorgsnämnden',
      request:
        'Kan nämnden ersätta den egna månadsmätningen med Socialstyrelsens årliga undersökning och enheternas egna dialoger med brukarna?',
      answer: 'Nämnden tar upp frågan på sammanträdet i februari.',
    },
  },
  {
    key: 'daily-notes',
    action: 'keep',
    by: departmentHead,
    rationale: 'Lagkrav, och medarbetarna bedömer dokumentationen som viktig för kontinuiteten.',
    decision: 'Behålls. Mallen i mobilappen ses över så att det går snabbare.',
  },
];

async function closedRound(trx: Transaction<Database>, rng: Rng, world: World, now: Date) {
  const roundId = demoUuid('burden-round', 'autumn');
  const opened = daysFrom(now, -150);
  const closed = daysFrom(now, -105);
  const keys = plans.filter((p) => p.owner === 'AO' || p.owner.startsWith('AO-')).map((p) => p.key);
  await trx
    .insertInto('burden_rounds')
    .values({
      id: roundId,
      title: 'Rensningsrunda Vård och omsorg, hösten',
      scope_unit_id: unitId('AO'),
      opens_on: dateOnly(opened),
      closes_on: dateOnly(daysFrom(opened, 30)),
      status: 'closed',
      created_by: departmentHead,
      created_at: opened.toISOString(),
      closed_at: closed.toISOString(),
      idempotency_key: null,
    })
    .execute();
  await freeze(trx, world, roundId, keys);
  for (const key of keys)
    await assess(trx, rng, world, key, roundId, 0.45, daysFrom(opened, intBetween(rng, 2, 20)).toISOString());

  for (const [index, plan] of autumnDecisions.entries()) {
    const demand = (await listDemandRows(trx, { ids: [demandId(plan.key)] }))[0];
    if (!demand) continue;
    const before = hoursOf(world, costInputsOf(demand));
    const proposedAt = daysFrom(opened, 25 + index).toISOString();
    const decidedAt = daysFrom(opened, 35 + index * 3).toISOString();
    let after = before;
    if (plan.action === 'remove') {
      after = 0;
      await trx
        .updateTable('burden_demands')
        .set({ status: 'removed', updated_at: decidedAt, version: 2 })
        .where('id', '=', demand.id)
        .execute();
    }
    if (plan.action === 'simplify' && plan.newMinutes !== undefined) {
      after = hoursOf(world, { ...costInputsOf(demand), minutes: plan.newMinutes });
      await trx
        .updateTable('burden_demands')
        .set({ minutes: plan.newMinutes, updated_at: decidedAt, version: 2 })
        .where('id', '=', demand.id)
        .execute();
    }
    await trx
      .insertInto('burden_proposals')
      .values({
        id: demoUuid('burden-proposal', 'autumn', plan.key),
        round_id: roundId,
        demand_id: demand.id,
        proposed_by: plan.by,
        action: plan.action,
        new_frequency_unit: null,
        new_frequency_count: null,
        new_minutes: plan.newMinutes ?? null,
        merge_into_id: null,
        external_recipient: plan.external?.recipient ?? null,
        external_request: plan.external?.request ?? null,
        external_sent_on: plan.external ? dateOnly(daysFrom(opened, 40)) : null,
        external_answer: plan.external?.answer ?? null,
        rationale: plan.rationale,
        status: 'decided',
        decision: 'approved',
        decided_by: departmentHead,
        decision_rationale: plan.decision,
        decided_at: decidedAt,
        hours_before: before,
        hours_after: after,
        created_at: proposedAt,
      })
      .execute();
    await takeSnapshot(trx, 'decision', demoUuid('burden-proposal', 'autumn', plan.key), decidedAt);
  }

  // Assessments outside rounds for the rest of the organisation, so the cut chart has points.
  const others = plans.filter((p) => !keys.includes(p.key)).map((p) => p.key);
  for (const key of others) await assess(trx, rng, world, key, null, 0.3, daysFrom(now, -60).toISOString());
}

async function openRound(trx: Transaction<Database>, rng: Rng, world: World, now: Date) {
  const roundId = demoUuid('burden-round', 'home-care');
  const opened = daysFrom(now, -5);
  const keys = ['implementation-plan', 'daily-notes', 'visit-registration', 'deviations', 'team-meeting'];
  await trx
    .insertInto('burden_rounds')
    .values({
      id: roundId,
      title: 'Rensningsrunda hemtjänsten: vilka uppgifter behöver ni?',
      scope_unit_id: null,
      opens_on: dateOnly(opened),
      closes_on: dateOnly(daysFrom(now, 21)),
      status: 'open',
      created_by: departmentHead,
      created_at: opened.toISOString(),
      closed_at: null,
      idempotency_key: null,
    })
    .execute();
  await freeze(trx, world, roundId, keys);
  // The demo's frontline sign-in has not assessed yet: the home page shows the work waiting.
  for (const key of keys)
    await assess(trx, rng, world, key, roundId, 0.35, daysFrom(opened, 2).toISOString(), new Set([frontline]));

  const demand = (await listDemandRows(trx, { ids: [demandId('visit-registration')] }))[0];
  if (!demand) return;
  await trx
    .insertInto('burden_proposals')
    .values({
      id: demoUuid('burden-proposal', 'home-care', 'visit-registration'),
      round_id: roundId,
      demand_id: demand.id,
      proposed_by: unitManager,
      action: 'simplify',
      new_frequency_unit: null,
      new_frequency_count: 2,
      new_minutes: null,
      merge_into_id: null,
      external_recipient: null,
      external_request: null,
      external_sent_on: null,
      external_answer: null,
      rationale:
        'Medarbetarna registrerar i dag varje besök. Ersättningen kan räknas på planerad tid; det räcker att registrera passets första och sista besök.',
      status: 'proposed',
      decision: null,
      decided_by: null,
      decision_rationale: null,
      decided_at: null,
      hours_before: hoursOf(world, costInputsOf(demand)),
      hours_after: hoursOf(world, { ...costInputsOf(demand), frequencyCount: 2 }),
      created_at: daysFrom(now, -1).toISOString(),
    })
    .execute();
}
