// Leadership response figures per unit (the unit with everything below it, and each child unit),
// and the organisation's answer deadline (working days, and whose public holidays). Figures are about
// leaders, so they are shown to the leaders concerned and the chain above them only
// (policy.canSeeFigures): an analyst or an administrator sees them where they manage the unit. A
// signal counts for the unit it concerns (and the units above it), not for the unit that gave the
// first answer: the figures say how the chain responded to what its own units raised.
import { subtreeIds } from '../../../common/org/tree.js';
import { responseFigures, type ResponseFigures, type SignalFacts } from '../../../common/signals/figures.js';
import type { SignalSettingsBody } from '../../../common/signals/signals.js';
import { isSignalKind, isSignalStatus } from '../../../common/signals/vocabulary.js';
import { writeAudit } from '../../platform/audit.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { signalsPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import { listSignalViews } from './repo.js';
import { answerCalendar, type AnswerCalendar } from './deadline.js';

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
  // Counted only what the viewer may see. A manager of the unit manages everything below it, so
  // today that is every signal of the subtree, restricted and confidential ones included; the
  // filter keeps the figures from ever telling someone about a signal they cannot open.
  const rows = (await listSignalViews(ctx.db, { unitIds: [...subtree] })).filter((r) =>
    signalsPolicy.canSee(scope, policyFacts(r)),
  );
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
            minutesPerWeek: (r.minutes_per_week ?? 0) + r.me_too_minutes,
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

export async function getSignalSettings(ctx: ServiceContext): Promise<AnswerCalendar> {
  requireSignedIn(ctx);
  return answerCalendar(ctx.db);
}

export async function setSignalSettings(ctx: ServiceContext, body: SignalSettingsBody): Promise<AnswerCalendar> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!signalsPolicy.canChangeSettings(scope)) throw forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await answerCalendar(trx);
    const after = { answerDays: body.answerDays, holidayCountry: body.holidayCountry ?? before.holidayCountry };
    await trx
      .updateTable('organisation')
      .set({ signal_answer_days: after.answerDays, signal_holiday_country: after.holidayCountry })
      .execute();
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'signal.settings',
      entityType: 'organisation',
      entityId: 'signals',
      before,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}
