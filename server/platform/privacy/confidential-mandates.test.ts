// Confidential records, applied to mandates: absent from lists, unit pages and edits for everyone
// but administrators, auditors, the marker, the managers of the mandate's unit and the chain above
// it, and the mandate's holders; marked and unmarked through the mandate form or the generic API,
// audited either way.
import { createHash, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { mandateListSchema, mandateSchema } from '../../../common/org/mandates.js';
import { unitDetailSchema } from '../../../common/org/units.js';
import { confidentialMarkingSchema } from '../../../common/platform/privacy.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp, type Caller } from '../../test-support/api-app.js';

const reason = 'OSL 39 kap. 3 § (personalsociala ärenden)';
const parsed = (json: string | null): unknown => JSON.parse(json ?? 'null');

describeOnDatabases('confidential mandates', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  const mandate = (res: LightMyRequestResponse) => mandateSchema.parse(res.json());
  const listed = async (call: Caller) =>
    mandateListSchema.parse((await call('GET', '/api/v1/mandates')).json()).items.map((m) => m.title);
  const onUnitPage = async (call: Caller, unitId: string) =>
    unitDetailSchema.parse((await call('GET', `/api/v1/units/${unitId}`)).json()).mandates.map((m) => m.title);

  async function setUp() {
    const app = await start();
    const admin = await app.as('admin');
    const secret = mandate(
      await admin('POST', '/api/v1/mandates', {
        unitId: app.s.units.unitA1,
        holderRole: 'manager',
        title: 'Omplacering vid rehabilitering',
        confidential: { reason },
      }),
    );
    const open = mandate(
      await admin('POST', '/api/v1/mandates', {
        unitId: app.s.units.unitA1,
        holderRole: 'manager',
        title: 'Attestera',
      }),
    );
    return { ...app, admin, secret, open };
  }

  it('hides a confidential mandate from a staff member, a sibling manager and an analyst, in lists and by id', async () => {
    const { s, as, secret, db } = await setUp();
    expect(secret.confidential).toMatchObject({ reason });
    for (const who of ['staffA1', 'managerB', 'analyst'] as const) {
      const call = await as(who);
      expect(await listed(call), who).toEqual(['Attestera']);
      expect(await onUnitPage(call, s.units.unitA1), who).toEqual(['Attestera']);
      const edit = await call('PATCH', `/api/v1/mandates/${secret.id}`, { title: 'Ändrat' });
      expect(edit.statusCode, who).toBe(404);
      expect(problemSchema.parse(edit.json()).code).toBe('notFound');
      expect((await call('POST', `/api/v1/mandates/${secret.id}/deactivate`)).statusCode, who).toBe(404);
      expect((await call('DELETE', `/api/v1/confidential/mandate/${secret.id}`)).statusCode, who).toBe(404);
    }
    const row = await db
      .selectFrom('mandates')
      .select(['title', 'active'])
      .where('id', '=', secret.id)
      .executeTakeFirst();
    expect(row).toEqual({ title: 'Omplacering vid rehabilitering', active: 1 });
  });

  it('shows it to the marker, the chain of managers above its unit, its holders and the auditors', async () => {
    const { s, as, db, admin, secret } = await setUp();
    const both = ['Attestera', 'Omplacering vid rehabilitering'];
    expect(await listed(admin)).toEqual(both);
    // managerA manages deptA, the department above unitA1.
    const managerA = await as('managerA');
    expect(await listed(managerA)).toEqual(both);
    expect(await onUnitPage(managerA, s.units.unitA1)).toEqual(both);
    // Seeing is not keeping the register: managerA still may not edit it.
    expect((await managerA('PATCH', `/api/v1/mandates/${secret.id}`, { title: 'X' })).statusCode).toBe(403);

    const now = new Date().toISOString();
    // staffA1b becomes manager of unitA1 itself, and so holds the mandate.
    await db
      .insertInto('memberships')
      .values({
        id: randomUUID(),
        person_id: s.people.staffA1b.id,
        unit_id: s.units.unitA1,
        role: 'manager',
        started_at: now,
        ended_at: null,
      })
      .execute();
    expect(await listed(await as('staffA1b'))).toEqual(both);
    await db
      .insertInto('person_roles')
      .values({ person_id: s.people.staffB1.id, role: 'auditor', granted_at: now })
      .execute();
    expect(await listed(await as('staffB1'))).toEqual(both);
    // The person who marked a record always sees it, whatever their roles are now.
    await db.updateTable('confidential_records').set({ marked_by: s.people.analyst.id }).execute();
    expect(await listed(await as('analyst'))).toEqual(both);
  });

  it('records in the audit log who read the confidential mandate, without its text, and not the public one', async () => {
    const { s, as, db, secret, open } = await setUp();
    const reads = () =>
      db
        .selectFrom('audit_log')
        .select(['actor_id', 'entity_id', 'after_json', 'before_json'])
        .where('action', '=', 'mandate.read')
        .orderBy('id')
        .execute();
    expect(await reads()).toEqual([]);
    // Someone who may not see it leaves no read: nothing was shown.
    await listed(await as('staffA1'));
    expect(await reads()).toEqual([]);
    await listed(await as('managerA'));
    const entries = await reads();
    expect(entries.map((e) => [e.actor_id, e.entity_id])).toEqual([[s.people.managerA.id, secret.id]]);
    expect(entries.map((e) => e.entity_id)).not.toContain(open.id);
    expect(JSON.stringify(entries)).not.toContain('Omplacering');
    expect(JSON.stringify(entries)).not.toContain('OSL');
  });

  it('never shows it through an API token, which acts for an administrator but copies what it reads', async () => {
    const { s, app, secret } = await setUp();
    const token = `tillit_${randomUUID()}`;
    await database()
      .db.insertInto('api_tokens')
      .values({
        id: randomUUID(),
        name: 'Webbplatsen',
        token_hash: createHash('sha256').update(token).digest('hex'),
        scopes_json: '["org:read"]',
        created_by: s.people.admin.id,
        created_at: new Date().toISOString(),
        expires_at: null,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/mandates',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(mandateListSchema.parse(res.json()).items.map((m) => m.id)).not.toContain(secret.id);
  });

  it('marks and unmarks through the mandate form and the generic API, auditing each change', async () => {
    const { s, as, db, admin, secret, open } = await setUp();
    const staff = await as('staffA1');
    const cleared = await admin('PATCH', `/api/v1/mandates/${secret.id}`, { confidential: null });
    expect(mandate(cleared).confidential).toBeNull();
    expect(await listed(staff)).toEqual(['Attestera', 'Omplacering vid rehabilitering']);

    const marked = await admin('PUT', `/api/v1/confidential/mandate/${open.id}`, { reason: 'OSL 18 kap. 8 §' });
    expect(marked.statusCode).toBe(200);
    expect(confidentialMarkingSchema.parse(marked.json())).toMatchObject({
      entityType: 'mandate',
      entityId: open.id,
      reason: 'OSL 18 kap. 8 §',
      markedBy: s.people.admin.id,
    });
    expect(await listed(staff)).toEqual(['Omplacering vid rehabilitering']);
    expect((await admin('DELETE', `/api/v1/confidential/mandate/${open.id}`)).statusCode).toBe(200);
    expect(await listed(staff)).toEqual(['Attestera', 'Omplacering vid rehabilitering']);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'before_json', 'after_json'])
      .where('action', 'like', 'confidential.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, parsed(a.after_json)])).toEqual([
      ['confidential.mark', secret.id, { confidential: true, reason }],
      ['confidential.unmark', secret.id, { confidential: false }],
      ['confidential.mark', open.id, { confidential: true, reason: 'OSL 18 kap. 8 §' }],
      ['confidential.unmark', open.id, { confidential: false }],
    ]);
  });

  it('wants a reason, and knows only registered types and existing records', async () => {
    const { as, admin, open } = await setUp();
    const empty = await admin('PUT', `/api/v1/confidential/mandate/${open.id}`, { reason: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(problemSchema.parse(empty.json()).errors?.map((e) => e.field)).toEqual(['reason']);
    const formEmpty = await admin('PATCH', `/api/v1/mandates/${open.id}`, { confidential: { reason: '' } });
    expect(problemSchema.parse(formEmpty.json()).errors?.map((e) => e.field)).toEqual(['confidential.reason']);
    expect((await admin('PUT', `/api/v1/confidential/payslip/${open.id}`, { reason })).statusCode).toBe(404);
    expect((await admin('PUT', `/api/v1/confidential/mandate/${randomUUID()}`, { reason })).statusCode).toBe(404);
    // A public mandate can be seen by staff, so refusing them to mark it is a 403, not a 404.
    expect((await (await as('staffA1'))('PUT', `/api/v1/confidential/mandate/${open.id}`, { reason })).statusCode).toBe(
      403,
    );
  });
});
