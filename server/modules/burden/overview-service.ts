// The overview: total burden, burden per employee per unit, the top demands, shares with a legal
// basis and of goals measuring effect and quality, the trend from snapshots and the cut chart.
// Also the organisation's settings (hours per FTE, hourly cost).
import { fullTimeEquivalents, mean, moneyOf, round, topThirdThreshold } from '../../../common/burden/cost.js';
import type { BurdenSettings, BurdenSettingsBody, Overview } from '../../../common/burden/overview.js';
import { candidateUsefulnessMax, isSnapshotCause } from '../../../common/burden/vocabulary.js';
import { childrenIndex, subtreeIds } from '../../../common/org/tree.js';
import { writeAudit } from '../../platform/audit.js';
import { forbidden, invalid } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/principal.js';
import { burdenContext } from './context.js';
import { burdenPolicy } from './policy.js';
import { costInputsOf, kindOf, latestPerPerson } from './presenters.js';
import { assessmentsOf, listDemandRows, listSnapshots } from './repo.js';
import { hoursOf, performersOf, unitRefOf } from './world.js';

const share = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 3));

function parseUnits(json: string): Record<string, number> {
  const value: unknown = JSON.parse(json);
  const out: Record<string, number> = {};
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number') out[k] = v;
  return out;
}

export async function overview(ctx: ServiceContext, unitId?: string): Promise<Overview> {
  const c = await burdenContext(ctx);
  const { world } = c;
  if (unitId !== undefined && !world.unitById.has(unitId)) throw invalid('burdenUnit', 'unitId');
  const scopeUnits = unitId === undefined ? null : subtreeIds(world.links, unitId);
  const all = await listDemandRows(ctx.db, { status: 'active' });
  const demands = scopeUnits ? all.filter((d) => scopeUnits.has(d.owner_unit_id)) : all;
  const hours = new Map(demands.map((d) => [d.id, hoursOf(world, costInputsOf(d))]));
  const total = [...hours.values()].reduce((sum, h) => sum + h, 0);

  // Burden per employee: each counted performer carries the demand's hours in equal parts.
  const perPerson = new Map<string, number>();
  for (const d of demands) {
    const people = performersOf(world, d.performers);
    if (people.size === 0) continue;
    const each = (hours.get(d.id) ?? 0) / people.size;
    for (const p of people) perPerson.set(p, (perPerson.get(p) ?? 0) + each);
  }
  const peopleIn = (units: ReadonlySet<string>) =>
    new Set(world.memberships.filter((m) => units.has(m.unitId)).map((m) => m.personId));
  const scopePeople = scopeUnits ? peopleIn(scopeUnits) : new Set(world.memberships.map((m) => m.personId));
  const children = childrenIndex(world.links.filter((u) => u.active));
  const figuresOf = (id: string) => {
    const people = peopleIn(subtreeIds(world.links, id));
    const h = [...people].reduce((sum, p) => sum + (perPerson.get(p) ?? 0), 0);
    return { id, hours: h, employees: people.size };
  };
  // The level where the burden spreads: a unit carrying (nearly) all of it is replaced by its
  // children, so a municipality's one administration does not hide its departments.
  let level = (unitId === undefined ? (children.get(null) ?? []) : (children.get(unitId) ?? [])).map((u) =>
    figuresOf(u.id),
  );
  for (let depth = 0; depth < 4; depth++) {
    const carrying = level.filter((u) => u.hours > 0);
    const top = carrying[0];
    if (carrying.length !== 1 || !top || (children.get(top.id) ?? []).length === 0) break;
    level = (children.get(top.id) ?? []).map((u) => figuresOf(u.id));
  }
  const units = level
    .filter((u) => u.hours > 0 && u.employees > 0)
    .map((u) => ({
      unit: unitRefOf(world, u.id),
      annualHours: round(u.hours, 1),
      employees: u.employees,
      hoursPerEmployee: round(u.hours / u.employees, 1),
    }))
    .sort((a, b) => (b.hoursPerEmployee ?? 0) - (a.hoursPerEmployee ?? 0));

  const ranked = [...demands].sort((a, b) => (hours.get(b.id) ?? 0) - (hours.get(a.id) ?? 0));
  const goals = demands.filter((d) => d.kind === 'goal' || d.kind === 'indicator');
  const withMeasures = goals.filter((d) => d.measures !== null);
  const withFocus = goals.filter((d) => d.focus !== null);

  const assessments = latestByDemand(
    await assessmentsOf(
      ctx.db,
      demands.map((d) => d.id),
    ),
  );
  const threshold = topThirdThreshold([...hours.values()]);
  const points = demands.flatMap((d) => {
    const rows = assessments.get(d.id) ?? [];
    const usefulness = mean(rows.map((r) => r.usefulness));
    if (usefulness === null) return [];
    const h = hours.get(d.id) ?? 0;
    return [
      {
        demand: { id: d.id, title: d.title },
        annualHours: round(h, 1),
        meanUsefulness: round(usefulness, 2),
        assessments: rows.length,
        candidate: threshold !== null && h >= threshold && usefulness <= candidateUsefulnessMax,
      },
    ];
  });

  const snapshots = await listSnapshots(ctx.db);
  const trend = snapshots.map((s) => {
    const perUnit = parseUnits(s.units_json);
    const scoped = scopeUnits
      ? Object.entries(perUnit).reduce((sum, [id, h]) => sum + (scopeUnits.has(id) ? h : 0), 0)
      : s.total_hours;
    return {
      takenAt: s.taken_at,
      cause: isSnapshotCause(s.cause) ? s.cause : 'decision',
      totalHours: round(scoped, 1),
      activeDemands: s.active_demands,
    };
  });

  return {
    unit: unitId === undefined ? null : unitRefOf(world, unitId),
    totals: {
      annualHours: round(total, 1),
      fte: round(fullTimeEquivalents(total, world.hoursPerFte), 2),
      money: world.hourlyCost === null ? null : Math.round(moneyOf(total, world.hourlyCost) ?? 0),
      activeDemands: demands.length,
      employees: scopePeople.size,
      hoursPerEmployee:
        scopePeople.size === 0
          ? null
          : round([...scopePeople].reduce((s, p) => s + (perPerson.get(p) ?? 0), 0) / scopePeople.size, 1),
    },
    units,
    topDemands: ranked.slice(0, 10).map((d) => ({
      demand: { id: d.id, title: d.title },
      kind: kindOf(d.kind),
      annualHours: round(hours.get(d.id) ?? 0, 1),
      ownerUnit: unitRefOf(world, d.owner_unit_id),
    })),
    legalBasisShare: share(demands.filter((d) => d.legal_basis !== null).length, demands.length),
    goals: {
      count: goals.length,
      effectShare: share(withMeasures.filter((d) => d.measures === 'effect').length, withMeasures.length),
      qualityShare: share(withFocus.filter((d) => d.focus === 'quality').length, withFocus.length),
    },
    trend,
    cutChart: {
      points,
      hoursThreshold: threshold === null ? null : round(threshold, 1),
      usefulnessThreshold: candidateUsefulnessMax,
    },
    settings: { hoursPerFte: world.hoursPerFte, hourlyCost: world.hourlyCost },
  };
}

function latestByDemand(rows: Awaited<ReturnType<typeof assessmentsOf>>) {
  const byDemand = new Map<string, typeof rows>();
  for (const r of rows) byDemand.set(r.demand_id, [...(byDemand.get(r.demand_id) ?? []), r]);
  for (const [id, list] of byDemand) byDemand.set(id, latestPerPerson(list));
  return byDemand;
}

export async function getSettings(ctx: ServiceContext): Promise<BurdenSettings> {
  const c = await burdenContext(ctx);
  return {
    hoursPerFte: c.world.hoursPerFte,
    hourlyCost: c.world.hourlyCost,
    canEdit: burdenPolicy.canChangeSettings(c.scope),
  };
}

export async function setSettings(ctx: ServiceContext, body: BurdenSettingsBody): Promise<BurdenSettings> {
  const c = await burdenContext(ctx);
  if (!burdenPolicy.canChangeSettings(c.scope)) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('organisation')
      .set({ burden_hours_per_fte: body.hoursPerFte, burden_hourly_cost: body.hourlyCost })
      .execute();
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.settings.changed',
      entityType: 'organisation',
      entityId: 'burden',
      before: { hoursPerFte: c.world.hoursPerFte, hourlyCost: c.world.hourlyCost },
      after: body,
      requestId: ctx.requestId,
    });
  });
  return getSettings(ctx);
}
