// Seeing the whole: the board with filters and search, one signal with its timeline, the
// hand-up choices, and the CSV export. Visibility is decided per signal by the policy.
import { subtreeIds } from '../../../common/org/tree.js';
import type { SignalDetail, SignalListQuery, SignalSummary } from '../../../common/signals/signals.js';
import type { AuthedContext, ServiceContext } from '../../platform/principal.js';
import { requireSignedIn } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import type { OrgScope } from '../org/policy.js';
import { signalDetail, visibleSignal } from './detail.js';
import { handUpTargets, type HandUpTarget } from './hand-up-targets.js';
import { signalsPolicy } from './policy.js';
import { policyFacts, presentSummary } from './presenters.js';
import { listSignalViews, myConfirmations, unitsWithManagers, updateSignal, type SignalView } from './repo.js';

async function visibleViews(
  ctx: AuthedContext,
  scope: OrgScope,
  links: Parameters<typeof subtreeIds>[0],
  query: SignalListQuery,
) {
  const unitIds = query.unitId
    ? query.descendants === 'true'
      ? [...subtreeIds(links, query.unitId)]
      : [query.unitId]
    : undefined;
  // "Waiting for me": open signals at a unit I manage myself (not everything below it).
  const handlingUnitIds =
    query.waiting === 'mine'
      ? ctx.principal.memberships.filter((m) => m.role !== 'staff').map((m) => m.unitId)
      : undefined;
  const rows = await listSignalViews(ctx.db, {
    unitIds,
    handlingUnitIds,
    status: query.waiting === 'mine' ? 'open' : query.status,
    kind: query.kind,
    needle: query.q ? query.q.toLowerCase() : undefined,
  });
  return rows.filter((row) => signalsPolicy.canSee(scope, policyFacts(row)));
}

const totalMinutes = (row: SignalView) => (row.minutes_per_week ?? 0) + row.me_too_minutes;

function sortViews(rows: SignalView[], sort: SignalListQuery['sort']): SignalView[] {
  const newest = (a: SignalView, b: SignalView) => b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id);
  const compare: Record<SignalListQuery['sort'], (a: SignalView, b: SignalView) => number> = {
    newest,
    oldest: (a, b) => -newest(a, b),
    meToo: (a, b) => b.me_too_count - a.me_too_count || newest(a, b),
    hours: (a, b) => totalMinutes(b) - totalMinutes(a) || newest(a, b),
  };
  return [...rows].sort(compare[sort]);
}

export async function listSignals(
  ctx: ServiceContext,
  query: SignalListQuery,
  now = new Date(),
): Promise<{ items: SignalSummary[]; total: number; page: number; pageSize: number }> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const rows = sortViews(await visibleViews(authed, scope, links, query), query.sort);
  const pageRows = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const mine = await myConfirmations(
    ctx.db,
    authed.principal.personId,
    pageRows.map((r) => r.id),
  );
  return {
    items: pageRows.map((row) =>
      presentSummary(row, { personId: authed.principal.personId, confirmed: mine.has(row.id) }, now),
    ),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Every visible signal matching the filters, for the export. */
export async function listAllSignals(ctx: ServiceContext, query: SignalListQuery, now = new Date()) {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const rows = sortViews(await visibleViews(authed, scope, links, query), query.sort);
  return rows.map((row) => presentSummary(row, { personId: authed.principal.personId, confirmed: false }, now));
}

export async function getSignal(ctx: ServiceContext, id: string, now = new Date()): Promise<SignalDetail> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  const view = await visibleSignal(ctx.db, scope, id);
  // The author has now seen the latest answers: they leave "what needs me now".
  if (view.author_id === authed.principal.personId)
    await updateSignal(ctx.db, id, { author_seen_at: now.toISOString() });
  return signalDetail(ctx.db, scope, view, now, ctx.requestId);
}

export async function listHandUpTargets(ctx: ServiceContext, id: string): Promise<HandUpTarget[]> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const view = await visibleSignal(ctx.db, scope, id);
  if (!signalsPolicy.answers(scope, policyFacts(view)).includes('hand_up')) return [];
  return handUpTargets(ctx.db, links, await unitsWithManagers(ctx.db), view.handling_unit_id);
}
