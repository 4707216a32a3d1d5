// The mandates register (delegationsordning): everyone signed in reads it, administrators keep it.
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { mandateListSchema, mandateSchema } from '../../../common/org/mandates.js';
import { unitDetailSchema } from '../../../common/org/units.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp, type Caller } from '../../test-support/api-app.js';

describeOnDatabases('org mandates API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  const mandate = (res: LightMyRequestResponse) => mandateSchema.parse(res.json());
  const problem = (res: LightMyRequestResponse) => problemSchema.parse(res.json());
  const titles = async (call: Caller, query = '') => {
    const res = await call('GET', `/api/v1/mandates${query}`);
    expect(res.statusCode).toBe(200);
    return mandateListSchema.parse(res.json()).items.map((m) => m.title);
  };

  it('lets administrators keep the register and everyone signed in read it', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const res = await admin('POST', '/api/v1/mandates', {
      unitId: s.units.deptA,
      holderRole: 'manager',
      title: 'Anställa tillsvidare',
      description: 'Gäller inom budget.',
      delegatedBy: 'Kommunstyrelsen',
    });
    expect(res.statusCode).toBe(200);
    const created = mandate(res);
    expect(created).toMatchObject({
      unitId: s.units.deptA,
      unitName: 'Enhet A',
      holderRole: 'manager',
      active: true,
      delegatedBy: 'Kommunstyrelsen',
    });

    for (const who of ['staffB1', 'managerA', 'analyst'] as const)
      expect(await titles(await as(who)), who).toEqual(['Anställa tillsvidare']);
    const unit = unitDetailSchema.parse((await (await as('staffB1'))('GET', `/api/v1/units/${s.units.deptA}`)).json());
    expect(unit.mandates.map((m) => m.id)).toEqual([created.id]);

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'mandate.create', actor_id: s.people.admin.id, entity_type: 'mandate' });
    expect(JSON.parse(audit.after_json ?? 'null')).toMatchObject({
      title: 'Anställa tillsvidare',
      unit_id: s.units.deptA,
    });
  });

  it('refuses changes to the register from anyone but administrators, and writes nothing', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const existing = mandate(
      await admin('POST', '/api/v1/mandates', {
        unitId: s.units.unitA1,
        holderRole: null,
        title: 'Attestera fakturor',
      }),
    );
    const mandateAudit = () =>
      db.selectFrom('audit_log').select('action').where('entity_type', '=', 'mandate').execute();
    for (const who of ['analyst', 'managerA', 'staffA1'] as const) {
      const call = await as(who);
      const create = await call('POST', '/api/v1/mandates', {
        unitId: s.units.unitA1,
        holderRole: 'staff',
        title: 'Eget mandat',
      });
      expect(create.statusCode, who).toBe(403);
      expect(problem(create).code).toBe('forbidden');
      expect((await call('PATCH', `/api/v1/mandates/${existing.id}`, { title: 'Ändrat' })).statusCode, who).toBe(403);
      expect((await call('POST', `/api/v1/mandates/${existing.id}/deactivate`)).statusCode, who).toBe(403);
    }
    const rows = await db.selectFrom('mandates').select(['title', 'active']).execute();
    expect(rows).toEqual([{ title: 'Attestera fakturor', active: 1 }]);
    expect(await mandateAudit()).toEqual([{ action: 'mandate.create' }]);
  });

  it('needs a holder: a unit, a role or both', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const nobody = await admin('POST', '/api/v1/mandates', { unitId: null, holderRole: null, title: 'Ingen' });
    expect(nobody.statusCode).toBe(422);
    expect(problem(nobody)).toMatchObject({
      code: 'mandateHolder',
      errors: [{ field: 'unitId', message: 'Ange en enhet, en roll eller båda.' }],
    });
    const missing = await admin('POST', '/api/v1/mandates', { title: 'Utan fält' });
    expect(missing.statusCode).toBe(422);
    expect(
      problem(missing)
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['holderRole', 'unitId']);
    const unknownUnit = await admin('POST', '/api/v1/mandates', {
      unitId: crypto.randomUUID(),
      holderRole: null,
      title: 'Spöke',
    });
    expect(unknownUnit.statusCode).toBe(422);
    expect(problem(unknownUnit).errors?.map((e) => e.field)).toEqual(['unitId']);
    expect(await db.selectFrom('mandates').select('id').execute()).toHaveLength(0);

    const roleOnly = await admin('POST', '/api/v1/mandates', {
      unitId: null,
      holderRole: 'safety_rep',
      title: 'Stoppa arbete',
    });
    expect(roleOnly.statusCode).toBe(200);
    expect(mandate(roleOnly)).toMatchObject({ unitId: null, unitName: null, holderRole: 'safety_rep' });
    const cleared = await admin('PATCH', `/api/v1/mandates/${mandate(roleOnly).id}`, { holderRole: null });
    expect(cleared.statusCode).toBe(422);
    expect(problem(cleared).code).toBe('mandateHolder');
    const row = await db
      .selectFrom('mandates')
      .select('holder_role')
      .where('id', '=', mandate(roleOnly).id)
      .executeTakeFirstOrThrow();
    expect(row.holder_role).toBe('safety_rep');
    expect(
      (await admin('PATCH', `/api/v1/mandates/${mandate(roleOnly).id}`, { unitId: s.units.deptB, holderRole: null }))
        .statusCode,
    ).toBe(200);
  });

  it('edits and deactivates a mandate with before and after in the audit log; inactive ones are listed on request', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const created = mandate(
      await admin('POST', '/api/v1/mandates', {
        unitId: s.units.deptB,
        holderRole: 'manager',
        title: 'Köpa in tjänster',
      }),
    );
    const edited = await admin('PATCH', `/api/v1/mandates/${created.id}`, {
      title: 'Köpa in tjänster under 100 000 kr',
      delegatedBy: 'Förvaltningschefen',
    });
    expect(edited.statusCode).toBe(200);
    expect(mandate(edited)).toMatchObject({
      title: 'Köpa in tjänster under 100 000 kr',
      delegatedBy: 'Förvaltningschefen',
      holderRole: 'manager',
    });
    const update = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'mandate.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(update.before_json ?? 'null')).toMatchObject({ title: 'Köpa in tjänster', delegated_by: '' });
    expect(JSON.parse(update.after_json ?? 'null')).toMatchObject({
      title: 'Köpa in tjänster under 100 000 kr',
      delegated_by: 'Förvaltningschefen',
    });

    const off = await admin('POST', `/api/v1/mandates/${created.id}/deactivate`);
    expect(off.statusCode).toBe(200);
    expect(mandate(off).active).toBe(false);
    const staff = await as('staffA1');
    expect(await titles(staff)).toEqual([]);
    expect(await titles(staff, '?includeInactive=true')).toEqual(['Köpa in tjänster under 100 000 kr']);
    const unit = unitDetailSchema.parse((await staff('GET', `/api/v1/units/${s.units.deptB}`)).json());
    expect(unit.mandates).toEqual([]);
    // Deactivating twice writes one audit entry.
    expect((await admin('POST', `/api/v1/mandates/${created.id}/deactivate`)).statusCode).toBe(200);
    expect(
      await db.selectFrom('audit_log').select('id').where('action', '=', 'mandate.deactivate').execute(),
    ).toHaveLength(1);
  });

  it('searches titles, descriptions and delegators case-insensitively, and filters by unit', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    for (const body of [
      { unitId: s.units.deptA, holderRole: null, title: 'Överenskommelser med föreningar', delegatedBy: '' },
      { unitId: s.units.deptB, holderRole: null, title: 'Avtal', delegatedBy: 'Äldrenämnden' },
      { unitId: s.units.deptB, holderRole: null, title: 'Skolskjuts', description: 'Beslut om ÅTERKRAV' },
    ])
      expect((await admin('POST', '/api/v1/mandates', body)).statusCode).toBe(200);
    const staff = await as('staffB1');
    expect(await titles(staff, `?q=${encodeURIComponent('ÖVERENS')}`)).toEqual(['Överenskommelser med föreningar']);
    expect(await titles(staff, `?q=${encodeURIComponent('äldre')}`)).toEqual(['Avtal']);
    expect(await titles(staff, `?q=${encodeURIComponent('återkrav')}`)).toEqual(['Skolskjuts']);
    expect(await titles(staff, `?unitId=${s.units.deptB}`)).toEqual(['Avtal', 'Skolskjuts']);
  });

  it('answers unknown and malformed mandate ids with 404 and oversized titles with the limit', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    expect((await admin('PATCH', `/api/v1/mandates/${crypto.randomUUID()}`, { title: 'X' })).statusCode).toBe(404);
    expect((await admin('PATCH', '/api/v1/mandates/abc', { title: 'X' })).statusCode).toBe(404);
    expect((await admin('POST', '/api/v1/mandates/abc/deactivate')).statusCode).toBe(404);
    expect((await admin('POST', `/api/v1/mandates/${crypto.randomUUID()}/deactivate`)).statusCode).toBe(404);
    const long = await admin(
      'POST',
      '/api/v1/mandates',
      { unitId: s.units.deptA, holderRole: null, title: 'm'.repeat(201) },
      { 'accept-language': 'en' },
    );
    expect(long.statusCode).toBe(422);
    expect(problem(long).errors).toEqual([{ field: 'title', message: 'At most 200 characters.' }]);
    const longText = await admin('POST', '/api/v1/mandates', {
      unitId: s.units.deptA,
      holderRole: null,
      title: 'OK',
      description: 'd'.repeat(4001),
    });
    expect(problem(longText).errors).toEqual([{ field: 'description', message: 'Högst 4000 tecken.' }]);
  });
});
