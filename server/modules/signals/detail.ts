// Reads one signal as a viewer sees it: summary, timeline and what the viewer may do. Shared by
// the services that answer with the updated signal.
import type { SignalDetail } from '../../../common/signals/signals.js';
import type { Kysely, Transaction } from 'kysely';
import { PostgresAdapter } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { OrgScope } from '../org/policy.js';
import { followPolicy, signalsPolicy } from './policy.js';
import { citedMandateTitles } from './hand-up-targets.js';
import { policyFacts, presentEvent, presentSummary } from './presenters.js';
import { findSignalView, listEventViews, myConfirmations, type EventView, type SignalView } from './repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Loads a signal the viewer may see, or answers 404 — the same for one that does not exist. */
export async function visibleSignal(db: Db, scope: OrgScope, id: string): Promise<SignalView> {
  const view = await findSignalView(db, id);
  if (!view || !signalsPolicy.canSee(scope, policyFacts(view))) throw notFound();
  return view;
}

/** Two leaders answering at once: on PostgreSQL the second waits for the first and then sees its
 *  answer; SQLite has one writer at a time already. */
export async function lockSignal(trx: Transaction<Database>, id: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom('signals').select('id').where('id', '=', id).forUpdate().execute();
}

/**
 * One signal as the viewer sees it. A confidential signal shown in full is recorded as a read
 * ('signal.read': who and which, never its text), like auditRead; `requestId` ties the entry to the
 * request when the caller passes it.
 */
export async function signalDetail(
  db: Db,
  scope: OrgScope,
  view: SignalView,
  now: Date,
  requestId: string | null = null,
): Promise<SignalDetail> {
  const facts = policyFacts(view);
  const personId = scope.principal.personId;
  if (facts.confidential) {
    const token = scope.principal.token;
    await writeAudit(db, {
      actorId: personId,
      action: 'signal.read',
      entityType: 'signal',
      entityId: view.id,
      after: { confidential: true, ...(token ? { tokenId: token.id } : {}) },
      requestId,
    });
  }
  const [events, confirmed] = await Promise.all([
    listEventViews(db, view.id),
    myConfirmations(db, personId, [view.id]),
  ]);
  return {
    ...presentSummary(view, { personId, confirmed: confirmed.has(view.id) }, now),
    timeline: await timelineOf(db, events),
    burdenItem: await burdenItemOf(db, view.burden_item_id),
    can: {
      answer: [...signalsPolicy.answers(scope, facts)],
      reply: signalsPolicy.canReply(scope, facts),
      reopen: signalsPolicy.canReopen(scope, facts),
      restrict: signalsPolicy.canRestrict(scope, facts),
      meToo: signalsPolicy.canMeToo(scope, facts),
    },
  };
}

async function timelineOf(db: Db, events: readonly EventView[]) {
  const mandates = await citedMandateTitles(db, events);
  return events.map((event) => presentEvent(event, mandates));
}

/** The burden demand a rule obstacle points at (the inventory is open to everyone signed in). */
async function burdenItemOf(db: Db, id: string | null): Promise<{ id: string; title: string } | null> {
  if (id === null) return null;
  const row = await db.selectFrom('burden_demands').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
  return row ?? null;
}

/** The anonymous author's view through the follow link: they may reply and reopen "done" once. */
export async function followDetail(db: Db, view: SignalView, now: Date): Promise<SignalDetail> {
  const events = await listEventViews(db, view.id);
  return {
    ...presentSummary(view, { personId: null, confirmed: false }, now),
    timeline: await timelineOf(db, events),
    burdenItem: await burdenItemOf(db, view.burden_item_id),
    can: { answer: [], reply: true, reopen: followPolicy.canReopen(policyFacts(view)), restrict: false, meToo: false },
  };
}
