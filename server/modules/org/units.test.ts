// The units API as its users meet it: browse and search the tree, open a unit, and create, edit,
// move, deactivate and reactivate units under the access policy, on both databases.
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { unitDetailSchema, unitListSchema } from '../../../common/org/units.js';
import { auditListSchema } from '../../../common/platform/audit.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp, type PersonKey } from '../../test-support/api-app.js';

describeOnDatabases('org units API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  const detail = (res: LightMyRequestResponse) => unitDetailSchema.parse(res.json());
  const problem = (res: LightMyRequestResponse) => problemSchema.parse(res.json());
  const newUnit = (parentId: string | null, code: string, extra: object = {}) => ({
    parentId,
    code,
    name: `Enhet ${code}`,
    kind: 'unit',
    ...extra,
  });

  it('lists the active units to anyone signed in and searches names and codes case-insensitively, å/ä/ö included', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const staff = await as('staffB1');
    const all = unitListSchema.parse((await staff('GET', '/api/v1/units')).json()).items;
    expect(all.map((u) => u.code).sort()).toEqual(['A', 'A1', 'A1a', 'B', 'B1', 'FV', 'INV', 'KS']);
    expect(all.find((u) => u.id === s.units.deptA)).toMatchObject({
      memberCount: 1,
      managerNames: ['Person managerA'],
    });

    expect(
      (await admin('POST', '/api/v1/units', newUnit(s.units.deptB, 'B2', { name: 'Äldreomsorg Åby' }))).statusCode,
    ).toBe(200);
    const search = async (q: string) =>
      unitListSchema
        .parse((await staff('GET', `/api/v1/units?q=${encodeURIComponent(q)}`)).json())
        .items.map((u) => u.code)
        .sort();
    expect(await search('a1')).toEqual(['A1', 'A1a']);
    expect(await search('åby')).toEqual(['B2']);
    expect(await search('ÄLDREOMSORG')).toEqual(['B2']);
    expect(await search('nothing like this')).toEqual([]);

    expect((await admin('POST', `/api/v1/units/${s.units.teamA1a}/deactivate`)).statusCode).toBe(200);
    const active = unitListSchema.parse((await staff('GET', '/api/v1/units')).json()).items;
    expect(active.map((u) => u.code)).not.toContain('A1a');
    const withInactive = unitListSchema.parse((await staff('GET', '/api/v1/units?includeInactive=true')).json()).items;
    expect(withInactive.find((u) => u.code === 'A1a')).toMatchObject({ active: false });
  });

  it('opens a unit with its path from the top, its children, its managers and its mandates', async () => {
    const { s, as, db } = await start();
    const now = new Date().toISOString();
    await db
      .insertInto('mandates')
      .values({
        id: crypto.randomUUID(),
        unit_id: s.units.deptA,
        holder_role: 'manager',
        title: 'Anställa personal',
        description: '',
        delegated_by: 'Nämnden',
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const staff = await as('staffB1');
    const res = await staff('GET', `/api/v1/units/${s.units.deptA}`);
    expect(res.statusCode).toBe(200);
    const unit = detail(res);
    expect(unit.path.map((p) => p.name)).toEqual(['Enhet KS', 'Enhet FV', 'Enhet A']);
    expect(unit.path.map((p) => p.id)).toEqual([s.units.board, s.units.admin, s.units.deptA]);
    expect(unit.children.map((c) => c.code)).toEqual(['A1']);
    expect(unit.managers).toEqual([{ personId: s.people.managerA.id, name: 'Person managerA', role: 'manager' }]);
    expect(unit.mandates.map((m) => ({ title: m.title, holderRole: m.holderRole, unitName: m.unitName }))).toEqual([
      { title: 'Anställa personal', holderRole: 'manager', unitName: 'Enhet A' },
    ]);
    expect(unit.can).toEqual({ edit: false, manageMembers: false, manageMandates: false });
  });

  it('shows a unit’s members to its members, the managers above it, analysts and admins, and to nobody else', async () => {
    const { s, as } = await start();
    const membersOf = async (who: PersonKey, unitId: string) => {
      const res = await (await as(who))('GET', `/api/v1/units/${unitId}`);
      expect(res.statusCode).toBe(200);
      return (
        detail(res)
          .members?.map((m) => m.name)
          .sort() ?? null
      );
    };
    const unitA1People = ['Person staffA1', 'Person staffA1b'];
    expect(await membersOf('staffA1', s.units.unitA1)).toEqual(unitA1People);
    expect(await membersOf('managerA', s.units.unitA1)).toEqual(unitA1People);
    expect(await membersOf('analyst', s.units.unitA1)).toEqual(unitA1People);
    expect(await membersOf('admin', s.units.unitA1)).toEqual(unitA1People);
    expect(await membersOf('staffB1', s.units.unitA1)).toBeNull();
    expect(await membersOf('managerB', s.units.unitA1)).toBeNull();
    // Being a member of a unit does not open the unit above it.
    expect(await membersOf('staffA1', s.units.deptA)).toBeNull();
  });

  it('lets a manager create a unit under their own units, records who did it, and refuses everyone else', async () => {
    const { s, as, db } = await start();
    const manager = await as('managerA');
    const res = await manager('POST', '/api/v1/units', { ...newUnit(s.units.deptA, 'A2'), description: 'Ny enhet' });
    expect(res.statusCode).toBe(200);
    const created = detail(res);
    expect(created).toMatchObject({
      parentId: s.units.deptA,
      code: 'A2',
      name: 'Enhet A2',
      kind: 'unit',
      description: 'Ny enhet',
      active: true,
    });
    expect(created.path.map((p) => p.id)).toEqual([s.units.board, s.units.admin, s.units.deptA, created.id]);

    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'unit.create',
      actor_id: s.people.managerA.id,
      entity_type: 'unit',
      before_json: null,
    });
    expect(JSON.parse(audit[0]?.after_json ?? 'null')).toMatchObject({
      code: 'A2',
      name: 'Enhet A2',
      parent_id: s.units.deptA,
    });

    const staff = await as('staffA1');
    const other = await as('managerB');
    const refused = await staff('POST', '/api/v1/units', newUnit(s.units.unitA1, 'A1x'));
    expect(refused.statusCode).toBe(403);
    expect(problem(refused).detail).toBe('Du har inte behörighet att göra det här.');
    expect((await other('POST', '/api/v1/units', newUnit(s.units.deptA, 'A3'))).statusCode).toBe(403);
    expect((await manager('POST', '/api/v1/units', newUnit(null, 'TOP', { kind: 'board' }))).statusCode).toBe(403);
    const codes = (await db.selectFrom('units').select('code').execute()).map((r) => r.code);
    expect(codes).not.toContain('A1x');
    expect(codes).not.toContain('A3');
    expect(codes).not.toContain('TOP');
  });

  it('requires a parent for an internal unit, except a board or a party outside the organisation', async () => {
    const { as, db } = await start();
    const admin = await as('admin');
    const res = await admin('POST', '/api/v1/units', newUnit(null, 'LOOSE'));
    expect(res.statusCode).toBe(422);
    expect(problem(res)).toMatchObject({
      code: 'parentRequired',
      errors: [
        {
          field: 'parentId',
          message: 'En intern enhet måste ligga under en annan enhet, utom den politiska nämnden eller styrelsen.',
        },
      ],
    });
    expect(await db.selectFrom('units').select('id').where('code', '=', 'LOOSE').execute()).toHaveLength(0);
    expect((await admin('POST', '/api/v1/units', newUnit(null, 'KS2', { kind: 'board' }))).statusCode).toBe(200);
    expect((await admin('POST', '/api/v1/units', newUnit(null, 'PART', { kind: 'partner' }))).statusCode).toBe(200);
  });

  it('refuses a deactivated or unknown parent on the field parentId', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    expect((await admin('POST', `/api/v1/units/${s.units.teamA1a}/deactivate`)).statusCode).toBe(200);
    const inactive = await admin('POST', '/api/v1/units', newUnit(s.units.teamA1a, 'UNDER'));
    expect(inactive.statusCode).toBe(422);
    expect(problem(inactive)).toMatchObject({
      code: 'parentInactive',
      errors: [{ field: 'parentId', message: 'Den överordnade enheten är inaktiverad.' }],
    });
    const unknown = await admin('POST', '/api/v1/units', newUnit(crypto.randomUUID(), 'NOWHERE'));
    expect(unknown.statusCode).toBe(422);
    expect(problem(unknown).errors?.map((e) => e.field)).toEqual(['parentId']);
    expect(await db.selectFrom('units').select('id').where('code', 'in', ['UNDER', 'NOWHERE']).execute()).toHaveLength(
      0,
    );
  });

  it('answers a code that is taken with 409 on the field code, when creating and when editing', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const create = await admin('POST', '/api/v1/units', newUnit(s.units.deptA, 'B1'));
    expect(create.statusCode).toBe(409);
    expect(problem(create)).toMatchObject({
      code: 'codeTaken',
      errors: [{ field: 'code', message: 'Koden används redan av en annan enhet.' }],
    });
    const edit = await admin('PATCH', `/api/v1/units/${s.units.unitA1}`, { code: 'B1' });
    expect(edit.statusCode).toBe(409);
    expect(problem(edit).errors).toEqual([{ field: 'code', message: 'Koden används redan av en annan enhet.' }]);
    const a1 = await db.selectFrom('units').select('code').where('id', '=', s.units.unitA1).executeTakeFirstOrThrow();
    expect(a1.code).toBe('A1');
    expect(await db.selectFrom('units').select('id').where('code', '=', 'B1').execute()).toHaveLength(1);
  });

  it('creates one unit when the same form is submitted twice at once', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const body = newUnit(s.units.deptA, 'TWICE');
    const [first, second] = await Promise.all([
      admin('POST', '/api/v1/units', body),
      admin('POST', '/api/v1/units', body),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(await db.selectFrom('units').select('id').where('code', '=', 'TWICE').execute()).toHaveLength(1);
    expect(await db.selectFrom('audit_log').select('id').where('action', '=', 'unit.create').execute()).toHaveLength(1);
  });

  it('lets a manager edit units in their subtree, with the change and its before state in the audit log', async () => {
    const { s, as, db } = await start();
    const manager = await as('managerA');
    const res = await manager('PATCH', `/api/v1/units/${s.units.teamA1a}`, {
      name: 'Team Norr',
      description: 'Hemtjänst norr',
      kind: 'team',
    });
    expect(res.statusCode).toBe(200);
    expect(detail(res)).toMatchObject({ name: 'Team Norr', description: 'Hemtjänst norr', code: 'A1a' });
    const row = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', s.units.teamA1a)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'unit.update', actor_id: s.people.managerA.id });
    expect(JSON.parse(row.before_json ?? 'null')).toMatchObject({ name: 'Enhet A1a', description: '' });
    expect(JSON.parse(row.after_json ?? 'null')).toMatchObject({ name: 'Team Norr', description: 'Hemtjänst norr' });

    const other = await as('managerB');
    const refused = await other('PATCH', `/api/v1/units/${s.units.unitA1}`, { name: 'Kapad' });
    expect(refused.statusCode).toBe(403);
    const staff = await as('staffA1');
    expect((await staff('PATCH', `/api/v1/units/${s.units.unitA1}`, { name: 'Kapad' })).statusCode).toBe(403);
    const unitA1 = await db
      .selectFrom('units')
      .select('name')
      .where('id', '=', s.units.unitA1)
      .executeTakeFirstOrThrow();
    expect(unitA1.name).toBe('Enhet A1');
    expect(
      await db.selectFrom('audit_log').select('id').where('entity_id', '=', s.units.unitA1).execute(),
    ).toHaveLength(0);
  });

  it('moves a unit, and refuses to move it under itself or its own descendants with the localised cycle message', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const cycle = await admin('POST', `/api/v1/units/${s.units.deptA}/move`, { parentId: s.units.teamA1a });
    expect(cycle.statusCode).toBe(422);
    expect(problem(cycle)).toMatchObject({
      code: 'cycle',
      errors: [
        { field: 'parentId', message: 'En enhet kan inte flyttas under sig själv eller någon av sina underenheter.' },
      ],
    });
    const english = await admin(
      'POST',
      `/api/v1/units/${s.units.deptA}/move`,
      { parentId: s.units.deptA },
      { 'accept-language': 'en-GB,en;q=0.8' },
    );
    expect(english.statusCode).toBe(422);
    expect(problem(english).errors).toEqual([
      { field: 'parentId', message: 'A unit cannot be moved under itself or one of its sub-units.' },
    ]);
    const deptA = await db
      .selectFrom('units')
      .select('parent_id')
      .where('id', '=', s.units.deptA)
      .executeTakeFirstOrThrow();
    expect(deptA.parent_id).toBe(s.units.admin);

    const moved = await admin('POST', `/api/v1/units/${s.units.unitB1}/move`, { parentId: s.units.deptA });
    expect(moved.statusCode).toBe(200);
    expect(detail(moved).path.map((p) => p.id)).toEqual([s.units.board, s.units.admin, s.units.deptA, s.units.unitB1]);
    const row = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'unit.move')
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(s.people.admin.id);
    expect(JSON.parse(row.before_json ?? 'null')).toEqual({ parentId: s.units.deptB });
    expect(JSON.parse(row.after_json ?? 'null')).toEqual({ parentId: s.units.deptA });

    // A manager must manage both the unit and its new place.
    const manager = await as('managerA');
    expect(
      (await manager('POST', `/api/v1/units/${s.units.teamA1a}/move`, { parentId: s.units.deptB })).statusCode,
    ).toBe(403);
    expect(
      (await manager('POST', `/api/v1/units/${s.units.teamA1a}/move`, { parentId: s.units.deptA })).statusCode,
    ).toBe(200);
  });

  it('deactivates and reactivates units, keeping members, and refuses active children or an inactive parent', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const busy = await admin('POST', `/api/v1/units/${s.units.unitA1}/deactivate`);
    expect(busy.statusCode).toBe(422);
    expect(problem(busy)).toMatchObject({
      code: 'hasActiveChildren',
      detail: 'Enheten har aktiva underenheter. Flytta eller inaktivera dem först.',
    });

    const team = await admin('POST', `/api/v1/units/${s.units.teamA1a}/deactivate`);
    expect(team.statusCode).toBe(200);
    expect(detail(team)).toMatchObject({ active: false });
    expect(detail(team).deactivatedAt).not.toBeNull();
    const unit = await admin('POST', `/api/v1/units/${s.units.unitA1}/deactivate`);
    expect(unit.statusCode).toBe(200);
    expect(
      detail(unit)
        .members?.map((m) => m.name)
        .sort(),
    ).toEqual(['Person staffA1', 'Person staffA1b']);
    const memberships = await db
      .selectFrom('memberships')
      .select('ended_at')
      .where('unit_id', '=', s.units.unitA1)
      .execute();
    expect(memberships).toEqual([{ ended_at: null }, { ended_at: null }]);

    const orphan = await admin('POST', `/api/v1/units/${s.units.teamA1a}/reactivate`);
    expect(orphan.statusCode).toBe(422);
    expect(problem(orphan)).toMatchObject({ code: 'parentInactive', errors: [{ field: 'parentId' }] });
    expect((await admin('POST', `/api/v1/units/${s.units.unitA1}/reactivate`)).statusCode).toBe(200);
    const back = await admin('POST', `/api/v1/units/${s.units.teamA1a}/reactivate`);
    expect(back.statusCode).toBe(200);
    expect(detail(back)).toMatchObject({ active: true, deactivatedAt: null });
    const actions = (
      await db.selectFrom('audit_log').select('action').where('entity_type', '=', 'unit').orderBy('id').execute()
    ).map((r) => r.action);
    expect(actions).toEqual(['unit.deactivate', 'unit.deactivate', 'unit.reactivate', 'unit.reactivate']);
  });

  it('stores and returns HTML in names and descriptions verbatim, as text', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const name = '<script>alert("x")</script> & <b>Fet</b>';
    const description = '<img src=x onerror="alert(1)">\nRad två';
    const res = await admin('POST', '/api/v1/units', { ...newUnit(s.units.deptA, 'HTML'), name, description });
    expect(res.statusCode).toBe(200);
    expect(detail(res)).toMatchObject({ name, description });
    const row = await db
      .selectFrom('units')
      .select(['name', 'description'])
      .where('code', '=', 'HTML')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name, description });
    const listed = unitListSchema.parse((await admin('GET', '/api/v1/units?q=script')).json()).items;
    expect(listed.map((u) => u.name)).toEqual([name]);
  });

  it('refuses oversized fields with a message naming the limit, in the saved language or the browser’s', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    const tooLongName = { ...newUnit(s.units.deptA, 'LONG'), name: 'x'.repeat(201) };
    const swedish = await manager('POST', '/api/v1/units', tooLongName);
    expect(swedish.statusCode).toBe(422);
    expect(problem(swedish)).toMatchObject({
      code: 'validation',
      errors: [{ field: 'name', message: 'Högst 200 tecken.' }],
    });

    const description = await manager('POST', '/api/v1/units', {
      ...newUnit(s.units.deptA, 'LONG'),
      description: 'y'.repeat(4001),
    });
    expect(description.statusCode).toBe(422);
    expect(problem(description).errors).toEqual([{ field: 'description', message: 'Högst 4000 tecken.' }]);

    const norwegian = await manager('POST', '/api/v1/units', tooLongName, {
      'accept-language': 'nn-NO,nn;q=0.9,en;q=0.5',
    });
    expect(problem(norwegian).errors).toEqual([{ field: 'name', message: 'Høyst 200 tegn.' }]);

    // A saved preference wins over the browser's language.
    expect((await manager('PATCH', '/api/v1/me/preferences', { locale: 'en' })).statusCode).toBe(200);
    const english = await manager('POST', '/api/v1/units', tooLongName, { 'accept-language': 'da-DK' });
    expect(problem(english).errors).toEqual([{ field: 'name', message: 'At most 200 characters.' }]);
    // …and only for the person who saved it.
    const other = await staff('PATCH', `/api/v1/units/${s.units.unitA1}`, { name: 'x'.repeat(201) });
    expect(problem(other).errors).toEqual([{ field: 'name', message: 'Högst 200 tecken.' }]);
    expect(await db.selectFrom('units').select('id').where('code', '=', 'LONG').execute()).toHaveLength(0);
  });

  it('answers malformed and unknown unit ids with 404, never 400 or 500', async () => {
    const { as } = await start();
    const admin = await as('admin');
    const unknown = crypto.randomUUID();
    for (const [method, url, payload] of [
      ['GET', '/api/v1/units/not-a-uuid', undefined],
      ['GET', `/api/v1/units/${unknown}`, undefined],
      ['GET', "/api/v1/units/1'%20or%20'1'='1", undefined],
      ['PATCH', '/api/v1/units/123', { name: 'X' }],
      ['PATCH', `/api/v1/units/${unknown}`, { name: 'X' }],
      ['POST', `/api/v1/units/${unknown}/move`, { parentId: null }],
      ['POST', '/api/v1/units/zzz/deactivate', undefined],
      ['POST', `/api/v1/units/${unknown}/reactivate`, undefined],
    ] as const) {
      const res = await admin(method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(problem(res).code).toBe('notFound');
    }
  });

  it('shows the audit log to administrators only', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    expect((await admin('PATCH', `/api/v1/units/${s.units.unitB1}`, { name: 'Enhet B-ett' })).statusCode).toBe(200);
    const log = await admin('GET', `/api/v1/audit?entityType=unit&entityId=${s.units.unitB1}`);
    expect(log.statusCode).toBe(200);
    const items = auditListSchema.parse(log.json()).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'unit.update',
      actorId: s.people.admin.id,
      actorName: 'Person admin',
      after: { name: 'Enhet B-ett' },
    });
    expect(items[0]?.before).toMatchObject({ name: 'Enhet B1' });
    for (const who of ['analyst', 'managerA', 'managerB', 'staffA1'] as const) {
      const res = await (await as(who))('GET', '/api/v1/audit');
      expect(res.statusCode, who).toBe(403);
      expect(problem(res).code).toBe('forbidden');
    }
  });
});
