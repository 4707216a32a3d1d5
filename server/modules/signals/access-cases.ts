// Who may call the signals routes: the anonymous outcome of each operation and the (operation,
// role) pairs, run by server/platform/access-matrix.test.ts. The prepared signal is raised by
// staffA1 in unitA1 (no manager there), so it is handled by deptA, which managerA leads.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  adminOnly,
  everyone,
  signedInOnly,
  type AnonymousCase,
  type RoleCase,
} from '../../test-support/access-matrix.js';
import type { Scenario } from '../../test-support/api-app.js';

export const signalsAnonymous: Record<string, AnonymousCase> = {
  'GET /api/v1/signals': signedInOnly,
  'POST /api/v1/signals': signedInOnly,
  'GET /api/v1/signals/export': signedInOnly,
  'GET /api/v1/signals/figures': signedInOnly,
  'GET /api/v1/signals/settings': signedInOnly,
  'PUT /api/v1/signals/settings': signedInOnly,
  // The follow routes are public: the key is the credential, and without one there is nothing.
  'GET /api/v1/signals/follow': { status: 404 },
  'POST /api/v1/signals/follow/replies': { status: 404, body: () => ({ text: 'Hej' }) },
  'POST /api/v1/signals/follow/reopen': { status: 404, body: () => ({ text: 'Hej' }) },
  'POST /api/v1/signals/follow/restricted': { status: 404, body: () => ({ restricted: true }) },
  'GET /api/v1/signals/{id}': signedInOnly,
  'GET /api/v1/signals/{id}/hand-up-targets': signedInOnly,
  'POST /api/v1/signals/{id}/answers': signedInOnly,
  'POST /api/v1/signals/{id}/replies': signedInOnly,
  'POST /api/v1/signals/{id}/reopen': signedInOnly,
  'PUT /api/v1/signals/{id}/restricted': signedInOnly,
  'PUT /api/v1/signals/{id}/me-too': signedInOnly,
  'DELETE /api/v1/signals/{id}/me-too': signedInOnly,
};

const signalId = '5e1d0c2b-3a4f-4b6c-8d7e-9f0a1b2c3d4e';

async function insertSignal(db: Kysely<Database>, s: Scenario, status = 'open'): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('signals')
    .values({
      id: signalId,
      unit_id: s.units.unitA1,
      handling_unit_id: s.units.deptA,
      kind: 'obstacle',
      status,
      text: 'Skrivaren är trasig.',
      suggestion: '',
      minutes_per_week: 30,
      affects_json: '[]',
      author_id: s.people.staffA1.id,
      follow_token_hash: null,
      restricted: 0,
      escalation_level: 0,
      created_at: now,
      updated_at: now,
      due_at: now,
      first_due_at: now,
      first_answered_at: null,
      resolved_at: null,
      reopen_count: 0,
      author_seen_at: null,
      burden_item_id: null,
      source: 'direct',
      source_ref: null,
      idempotency_key: null,
    })
    .execute();
}

const url =
  (suffix = '') =>
  () =>
    `/api/v1/signals/${signalId}${suffix}`;
const managerAOnly = { admin: 403, analyst: 403, managerA: 200, staffA1: 403, managerB: 403 };
const authorAndChain = { admin: 403, analyst: 403, managerA: 200, staffA1: 200, managerB: 403 };
/** deptA's deputy answers like its manager; staff of unitB1 and unitA1's safety representative,
 *  who see the open signal, may not answer it or change its status. */
const otherRoles = { deputyA: 200, staffB1: 403, safetyRep: 403 };

/** What a refused call must not change: the signal's state and its timeline. */
async function signalState(db: Kysely<Database>) {
  const row = await db
    .selectFrom('signals')
    .select(['status', 'restricted', 'updated_at', 'reopen_count', 'handling_unit_id'])
    .where('id', '=', signalId)
    .executeTakeFirst();
  const events = await db.selectFrom('signal_events').select('id').where('signal_id', '=', signalId).execute();
  return { row, events: events.length };
}

export const signalsRoleCases: RoleCase[] = [
  { op: 'GET /api/v1/signals', what: 'browse the signals board', url: () => '/api/v1/signals', expect: everyone(200) },
  {
    op: 'POST /api/v1/signals',
    what: 'raise an obstacle in unitA1',
    url: () => '/api/v1/signals',
    body: (s) => ({ unitId: s.units.unitA1, text: 'Vi behöver fler datorer.' }),
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/signals/export',
    what: 'export the board',
    url: () => '/api/v1/signals/export',
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/signals/figures',
    what: 'see deptA’s response figures',
    url: (s) => `/api/v1/signals/figures?unitId=${s.units.deptA}`,
    expect: { admin: 403, analyst: 403, managerA: 200, staffA1: 403, managerB: 403 },
  },
  {
    op: 'GET /api/v1/signals/settings',
    what: 'read the answer deadline',
    url: () => '/api/v1/signals/settings',
    expect: everyone(200),
  },
  {
    op: 'PUT /api/v1/signals/settings',
    what: 'change the answer deadline',
    url: () => '/api/v1/signals/settings',
    body: () => ({ answerDays: 7 }),
    expect: adminOnly,
  },
  {
    op: 'GET /api/v1/signals/{id}',
    what: 'open staffA1’s signal',
    prepare: (s, db) => insertSignal(db, s),
    url: url(),
    expect: everyone(200),
  },
  {
    op: 'GET /api/v1/signals/{id}',
    what: 'open staffA1’s restricted signal',
    prepare: async (s, db) => {
      await insertSignal(db, s);
      await db.updateTable('signals').set({ restricted: 1 }).where('id', '=', signalId).execute();
    },
    url: url(),
    expect: { ...authorAndChain, admin: 404, analyst: 404, managerB: 404, staffB1: 404, deputyA: 200, auditor: 404 },
  },
  {
    op: 'GET /api/v1/signals/{id}/hand-up-targets',
    what: 'list where the signal can be handed',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/hand-up-targets'),
    expect: everyone(200),
  },
  {
    op: 'POST /api/v1/signals/{id}/answers',
    what: 'take the signal on',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/answers'),
    body: () => ({ type: 'take', text: 'Vi köper en ny.', plannedBy: '2027-01-15' }),
    unchanged: (_s, db) => signalState(db),
    expect: { ...managerAOnly, ...otherRoles },
  },
  {
    op: 'POST /api/v1/signals/{id}/answers',
    what: 'mark the signal done',
    prepare: (s, db) => insertSignal(db, s, 'taken'),
    url: url('/answers'),
    body: () => ({ type: 'done', text: 'Klart.' }),
    unchanged: (_s, db) => signalState(db),
    expect: { ...managerAOnly, staffB1: 403 },
  },
  {
    op: 'POST /api/v1/signals/{id}/replies',
    what: 'reply to the signal',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/replies'),
    body: () => ({ text: 'Tack.' }),
    expect: authorAndChain,
  },
  {
    op: 'POST /api/v1/signals/{id}/reopen',
    what: 'reopen the done signal',
    prepare: (s, db) => insertSignal(db, s, 'done'),
    url: url('/reopen'),
    body: () => ({ text: 'Det hjälpte inte.' }),
    unchanged: (_s, db) => signalState(db),
    expect: { admin: 403, analyst: 403, managerA: 403, staffA1: 200, managerB: 403, staffB1: 403 },
  },
  {
    op: 'PUT /api/v1/signals/{id}/restricted',
    what: 'restrict the signal',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/restricted'),
    body: () => ({ restricted: true }),
    unchanged: (_s, db) => signalState(db),
    expect: { ...authorAndChain, staffB1: 403, deputyA: 200 },
  },
  {
    op: 'PUT /api/v1/signals/{id}/me-too',
    what: 'say "me too"',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/me-too'),
    body: () => ({ minutesPerWeek: 20 }),
    expect: { admin: 200, analyst: 200, managerA: 200, staffA1: 403, managerB: 200 },
  },
  {
    op: 'DELETE /api/v1/signals/{id}/me-too',
    what: 'withdraw "me too"',
    prepare: (s, db) => insertSignal(db, s),
    url: url('/me-too'),
    expect: everyone(200),
  },
];
