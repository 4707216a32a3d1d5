// "What needs me now" from the burden module: demands waiting for my assessment in an open round,
// and proposals waiting for my decision (as a manager in the owner unit's chain or a mandate holder;
// an administrator's right to decide everything does not make everything their task, unless no
// manager in the chain can).
import type { NeedsMeItem } from '../../../common/platform/notifications.js';
import type { NeedsMeProvider } from '../../platform/home.js';
import { isAdmin } from '../../platform/principal.js';
import { orgScope } from '../org/policy.js';
import { decidersOf } from './notices.js';
import { burdenPolicy } from './policy.js';
import { activeUnitMandates, listDemandRows, myAssessments, openRoundsOf, pendingProposals } from './repo.js';
import { loadWorld, performersOf } from './world.js';

const endOfDay = (date: string) => `${date}T23:59:59.999Z`;

export const burdenNeedsMe: NeedsMeProvider = async (ctx) => {
  const me = ctx.principal.personId;
  const world = await loadWorld(ctx.db);
  const scope = orgScope({ ...ctx.principal, roles: new Set() }, world.links);
  const today = new Date().toISOString().slice(0, 10);

  const rounds = await ctx.db.selectFrom('burden_rounds').select('id').where('status', '=', 'open').limit(1).execute();
  const items: NeedsMeItem[] = [];
  if (rounds.length > 0) {
    const active = await listDemandRows(ctx.db, { status: 'active' });
    const mine = active.filter((d) => performersOf(world, d.performers).has(me));
    const ids = mine.map((d) => d.id);
    const [open, done] = await Promise.all([openRoundsOf(ctx.db, ids), myAssessments(ctx.db, me, ids)]);
    for (const d of mine) {
      const round = open.find((r) => r.demand_id === d.id);
      if (!round || done.some((a) => a.demand_id === d.id && a.round_id === round.id)) continue;
      items.push({
        module: 'burden',
        kind: 'assess',
        title: d.title,
        link: '/burden/assess',
        dueAt: endOfDay(round.closes_on),
        overdue: round.closes_on < today,
      });
    }
  }

  const pending = await pendingProposals(ctx.db);
  if (pending.length > 0) {
    const mandates = (await activeUnitMandates(ctx.db)).map((m) => ({ unitId: m.unit_id, holderRole: m.holder_role }));
    for (const p of pending) {
      const mine =
        burdenPolicy.canDecide(scope, world, mandates, { ownerUnitId: p.owner_unit_id, ownerPersonId: null }) ||
        // With no manager in the chain to ask, the administrators were asked (see proposals-service).
        (isAdmin(ctx.principal) && decidersOf(world, p.owner_unit_id, p.proposed_by).length === 0);
      if (!mine) continue;
      items.push({
        module: 'burden',
        kind: 'decide',
        title: p.title,
        link: `/burden/rounds/${p.round_id}`,
        dueAt: endOfDay(p.closes_on),
        overdue: p.closes_on < today,
      });
    }
  }
  return items.slice(0, 100);
};
