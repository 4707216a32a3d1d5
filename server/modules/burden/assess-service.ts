// The frontline's voice: each person sees the demands they perform and assesses each in seconds.
// Only performers assess; an assessment is stored with the person only to keep it to one per
// person (per round) and is shown only aggregated.
import { randomUUID } from 'node:crypto';
import type { AssessmentBody, ToAssess } from '../../../common/burden/demands.js';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { forbidden, invalid } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/principal.js';
import { burdenContext } from './context.js';
import { loadDemand } from './detail.js';
import { burdenPolicy } from './policy.js';
import { aggregateOf, kindOf, latestPerPerson, myAssessmentOf } from './presenters.js';
import { assessmentsOf, listDemandRows, myAssessments, openRoundsOf, upsertAssessment } from './repo.js';
import { frequencyUnitOf, performersOf, unitRefOf } from './world.js';
import type { assessmentResponse } from '../../../common/burden/demands.js';

export async function demandsToAssess(ctx: ServiceContext): Promise<ToAssess> {
  const c = await burdenContext(ctx);
  const mine = (await listDemandRows(ctx.db, { status: 'active' })).filter((d) =>
    performersOf(c.world, d.performers).has(c.me),
  );
  const ids = mine.map((d) => d.id);
  const [rounds, assessments] = await Promise.all([openRoundsOf(ctx.db, ids), myAssessments(ctx.db, c.me, ids)]);
  const items = mine.map((d) => {
    const round = rounds.find((r) => r.demand_id === d.id);
    const roundKey = round?.id ?? null;
    const own = assessments.find((a) => a.demand_id === d.id && a.round_id === roundKey);
    return {
      demand: {
        id: d.id,
        title: d.title,
        description: d.description,
        kind: kindOf(d.kind),
        ownerUnit: unitRefOf(c.world, d.owner_unit_id),
        frequencyUnit: frequencyUnitOf(d.frequency_unit),
        frequencyCount: d.frequency_count,
        minutes: d.minutes,
      },
      round: round ? { id: round.id, title: round.title, closesOn: round.closes_on } : null,
      mine: own ? myAssessmentOf(own) : null,
    };
  });
  // Open round first, then not yet assessed, then by title.
  items.sort((a, b) => {
    if ((a.round === null) !== (b.round === null)) return a.round ? -1 : 1;
    if ((a.mine === null) !== (b.mine === null)) return a.mine ? 1 : -1;
    return a.demand.title.localeCompare(b.demand.title);
  });
  return { items };
}

export async function assessDemand(
  ctx: ServiceContext,
  id: string,
  body: AssessmentBody,
): Promise<z.infer<typeof assessmentResponse>> {
  const c = await burdenContext(ctx);
  const demand = await loadDemand(ctx.db, id);
  if (!burdenPolicy.canAssess(performersOf(c.world, demand.performers), c.scope)) throw forbidden();
  if (demand.status !== 'active') throw invalid('burdenNotActive', 'status');
  const open = await openRoundsOf(ctx.db, [id]);
  let roundId: string | null;
  if (body.roundId === undefined) roundId = open[0]?.id ?? null;
  else if (body.roundId === null) roundId = null;
  else if (open.some((r) => r.id === body.roundId)) roundId = body.roundId;
  else throw invalid('burdenRound', 'roundId');
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await upsertAssessment(trx, {
      id: randomUUID(),
      demand_id: id,
      person_id: c.me,
      round_key: roundId ?? '',
      round_id: roundId,
      usefulness: body.usefulness,
      noticed: body.noticed,
      minutes: body.minutes,
      comment: body.comment,
      created_at: now,
      updated_at: now,
    });
    // The audit entry names the act, not the answer: the answers are shown only aggregated.
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.demand.assessed',
      entityType: 'burden_demand',
      entityId: id,
      after: { roundId },
      requestId: ctx.requestId,
    });
  });
  const all = await assessmentsOf(ctx.db, [id]);
  const own = all.find((a) => a.person_id === c.me && a.round_id === roundId);
  if (!own) throw forbidden();
  return { assessment: myAssessmentOf(own), aggregate: aggregateOf(latestPerPerson(all)) };
}
