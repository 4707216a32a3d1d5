// Leadership response figures per unit (the unit with everything below it, and each child unit),
// and the organisation's answer deadline. Figures are about leaders, so they are shown to the
// leaders concerned and the chain above them, analysts and administrators.
import { subtreeIds } from '../../../common/org/tree.js';
import { responseFigures, type ResponseFigures, type SignalFacts } from '../../../common/signals/figures.js';
import { isSignalKind, isSignalStatus } from '../../../common/signals/vocabulary.js';
import { writeAudit } from '../../platform/audit.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { signalsPolicy } from './policy.js';
import { answerDays } from './repo.js';

interface UnitFigures {
  unit: { id: string; name: string };
  figures: ResponseFigures;
}

export async function unitFigures(
  ctx: ServiceContext,
  unitId: string,
  now = new Date(),
): Promise<UnitFigures & { children: UnitFigures[] }> {
  const authed = requireSignedIn(ctx);
  const { scope, links } = await loadOrgScope(authed);
  const units = await ctx.db.selectFrom('units').select(['id', 'name', 'parent_id', 'active']).execute();
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw notFound();
  if (!signalsPolicy.canSeeFigures(scope, unitId)) throw forbidden();
  const subtree = subtreeIds(links, unitId);
  const rows = await ctx.db
    .selectFrom('signals')
    .select(['id', 'unit_id', 'kind', 'status', 'created_at', 'first_due_at', 'first_answered_at', 'minutes_per_week'])
    .select((eb) =>
      eb
        .selectFrom('signal_confirmations as sc')
        .select((e) => e.fn.sum('sc.minutes_per_week').as('m'))
        .whereRef('sc.signal_id', '=', 'signals.id')
        .as('me_too_minutes'),
    )
    .where('unit_id', 'in', [...subtree])
    .execute();
  const facts = rows.flatMap((r): Array<SignalFacts & { unitId: string }> =>
    isSignalKind(r.kind) && isSignalStatus(r.status)
      ? [
          {
            unitId: r.unit_id,
            kind: r.kind,
            status: r.status,
            createdAt: r.created_at,
            firstDueAt: r.first_due_at,
            firstAnsweredAt: r.first_answered_at,
            minutesPerWeek: (r.minutes_per_week ?? 0) + Number(r.me_too_minutes ?? 0),
          },
        ]
      : [],
  );
  const children = units
    .filter((u) => u.parent_id === unitId && u.active === 1)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((child) => {
      const below = subtreeIds(links, child.id);
      return {
        unit: { id: child.id, name: child.name },
        figures: responseFigures(
          facts.filter((f) => below.has(f.unitId)),
          now,
        ),
      };
    });
  return { unit: { id: unit.id, name: unit.name }, figures: responseFigures(facts, now), children };
}

export async function getSignalSettings(ctx: ServiceContext): Promise<{ answerDays: number }> {
  requireSignedIn(ctx);
  return { answerDays: await answerDays(ctx.db) };
}

export async function setSignalSettings(ctx: ServiceContext, body: { answerDays: number }) {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!signalsPolicy.canChangeSettings(scope)) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await answerDays(trx);
    await trx.updateTable('organisation').set({ signal_answer_days: body.answerDays }).execute();
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'signal.settings',
      entityType: 'organisation',
      entityId: 'signals',
      before: { answerDays: before },
      after: body,
      requestId: ctx.requestId,
    });
  });
  return { answerDays: body.answerDays };
}
