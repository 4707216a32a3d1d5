// The people API as its users (and a curious colleague) meet it: who sees whom, creating and
// editing people, organisation-wide roles, and memberships with their history, on both databases.
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { personDetailSchema, personListSchema } from '../../../common/org/people.js';
import { unitDetailSchema } from '../../../common/org/units.js';
import { meSchema } from '../../../common/platform/auth.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { signIn, testPassword, useScenarioApp, type Caller } from '../../test-support/api-app.js';
import { createSession } from '../../platform/auth/sessions.js';

describeOnDatabases('org people API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  const person = (res: LightMyRequestResponse) => personDetailSchema.parse(res.json());
  const problem = (res: LightMyRequestResponse) => problemSchema.parse(res.json());
  const names = async (call: Caller, query = '') => {
    const res = await call('GET', `/api/v1/people${query}`);
    expect(res.statusCode).toBe(200);
    const list = personListSchema.parse(res.json());
    return list.items.map((p) => p.name).sort();
  };

  it('lists only the people of one’s own units to staff, a manager’s whole subtree to managers, and everyone to analysts and admins', async () => {
    const { as } = await start();
    const everyone = ['admin', 'analyst', 'managerA', 'managerB', 'staffA1', 'staffA1b', 'staffB1'].map(
      (k) => `Person ${k}`,
    );
    expect(await names(await as('staffA1'))).toEqual(['Person staffA1', 'Person staffA1b']);
    expect(await names(await as('staffB1'))).toEqual(['Person staffB1']);
    expect(await names(await as('managerA'))).toEqual(['Person managerA', 'Person staffA1', 'Person staffA1b']);
    expect(await names(await as('managerB'))).toEqual(['Person managerB', 'Person staffB1']);
    expect(await names(await as('analyst'))).toEqual(everyone);
    const admin = await as('admin');
    expect(await names(admin)).toEqual(everyone);
    const page = personListSchema.parse((await admin('GET', '/api/v1/people?limit=2&offset=2')).json());
    expect(page.total).toBe(7);
    expect(page.items.map((p) => p.name)).toEqual(['Person managerA', 'Person managerB']);
  });

  it('does not let a unit filter widen what someone may see', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    expect(await names(staff, `?unitId=${s.units.unitB1}`)).toEqual([]);
    expect(await names(staff, `?unitId=${s.units.unitA1}`)).toEqual(['Person staffA1', 'Person staffA1b']);
    const manager = await as('managerB');
    expect(await names(manager, `?unitId=${s.units.unitA1}`)).toEqual([]);
  });

  it('lets a manager search the directory of active people to add someone, but not staff, and not without a search text', async () => {
    const { s, as, db } = await start();
    const managerB = await as('managerB');
    expect(await names(managerB, '?q=staffa1')).toEqual([]);
    expect(await names(managerB, '?q=staffa1&directory=true')).toEqual(['Person staffA1', 'Person staffA1b']);
    expect(await names(managerB, '?q=s&directory=true')).toEqual(['Person managerB', 'Person staffB1']);
    await db.updateTable('people').set({ active: 0 }).where('id', '=', s.people.staffA1b.id).execute();
    expect(await names(managerB, '?q=staffa1&directory=true&includeInactive=true')).toEqual(['Person staffA1']);
    expect(await names(await as('staffB1'), '?q=staffa1&directory=true')).toEqual([]);
  });

  it('searches names case-insensitively, å, ä and ö included, within what the searcher may see', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    for (const [name, email] of [
      ['Åsa Öberg', 'asa.oberg@testby.se'],
      ['Märta Ängström', 'marta.angstrom@testby.se'],
      ['Olle Svensson', 'olle@testby.se'],
    ] as const) {
      expect((await admin('POST', '/api/v1/people', { name, email, unitId: s.units.unitA1 })).statusCode).toBe(200);
    }
    expect(await names(admin, '?q=åsa')).toEqual(['Åsa Öberg']);
    expect(await names(admin, '?q=ÅSA')).toEqual(['Åsa Öberg']);
    expect(await names(admin, `?q=${encodeURIComponent('öBERG')}`)).toEqual(['Åsa Öberg']);
    expect(await names(admin, `?q=${encodeURIComponent('ÄNGS')}`)).toEqual(['Märta Ängström']);
    expect(await names(admin, '?q=OLLE@')).toEqual(['Olle Svensson']);
    const staff = await as('staffA1');
    expect(await names(staff, '?q=%C3%A5sa')).toEqual(['Åsa Öberg']);
    const outsider = await as('staffB1');
    expect(await names(outsider, '?q=%C3%A5sa')).toEqual([]);
  });

  it('answers a person outside one’s scope exactly like an unknown id: 404, so ids cannot be probed', async () => {
    const { s, as } = await start();
    const outsider = await as('staffB1');
    const hidden = await outsider('GET', `/api/v1/people/${s.people.staffA1.id}`);
    const unknown = await outsider('GET', `/api/v1/people/${crypto.randomUUID()}`);
    expect(hidden.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const { requestId: _a, ...hiddenBody } = problem(hidden);
    const { requestId: _b, ...unknownBody } = problem(unknown);
    expect(hiddenBody).toEqual(unknownBody);
    expect(hidden.body).not.toContain(s.people.staffA1.email);

    const colleague = await as('staffA1b');
    const seen = await colleague('GET', `/api/v1/people/${s.people.staffA1.id}`);
    expect(seen.statusCode).toBe(200);
    expect(person(seen)).toMatchObject({
      name: 'Person staffA1',
      can: { edit: false, manageRoles: false, deactivate: false },
    });
    const manager = await as('managerA');
    expect(person(await manager('GET', `/api/v1/people/${s.people.staffA1.id}`)).can).toEqual({
      edit: true,
      manageRoles: false,
      deactivate: false,
    });
    expect((await manager('GET', `/api/v1/people/${s.people.staffB1.id}`)).statusCode).toBe(404);
    expect((await manager('GET', '/api/v1/people/not-a-uuid')).statusCode).toBe(404);
  });

  it('creates a person with a lower-cased e-mail, and refuses an e-mail that is taken in any case', async () => {
    const { s, as, db } = await start();
    const manager = await as('managerA');
    const res = await manager('POST', '/api/v1/people', {
      name: 'Nils Nilsson',
      email: 'Nils.Nilsson@Testby.SE',
      title: 'Undersköterska',
      unitId: s.units.teamA1a,
    });
    expect(res.statusCode).toBe(200);
    const created = person(res);
    expect(created).toMatchObject({ email: 'nils.nilsson@testby.se', title: 'Undersköterska', roles: [] });
    expect(created.memberships.map((m) => ({ unitId: m.unitId, role: m.role, endedAt: m.endedAt }))).toEqual([
      { unitId: s.units.teamA1a, role: 'staff', endedAt: null },
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'person.create', actor_id: s.people.managerA.id });
    expect(JSON.parse(audit.after_json ?? 'null')).toMatchObject({
      email: 'nils.nilsson@testby.se',
      unitId: s.units.teamA1a,
      role: 'staff',
    });

    const again = await manager('POST', '/api/v1/people', {
      name: 'Nils Två',
      email: 'NILS.NILSSON@testby.se',
      unitId: s.units.unitA1,
    });
    expect(again.statusCode).toBe(409);
    expect(problem(again)).toMatchObject({
      code: 'emailTaken',
      errors: [{ field: 'email', message: 'E-postadressen används redan av en annan person.' }],
    });
    expect(
      await db.selectFrom('people').select('id').where('email', '=', 'nils.nilsson@testby.se').execute(),
    ).toHaveLength(1);
    expect(await db.selectFrom('people').select('id').where('name', '=', 'Nils Två').execute()).toHaveLength(0);

    const staff = await as('staffA1');
    expect(
      (await staff('POST', '/api/v1/people', { name: 'Smygare', email: 'smyg@testby.se', unitId: s.units.unitA1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await manager('POST', '/api/v1/people', { name: 'Fel enhet', email: 'fel@testby.se', unitId: s.units.unitB1 }))
        .statusCode,
    ).toBe(403);
    expect(
      await db.selectFrom('people').select('id').where('email', 'in', ['smyg@testby.se', 'fel@testby.se']).execute(),
    ).toHaveLength(0);
  });

  it('lets a manager edit the people of their units, with before and after in the audit log; colleagues may not', async () => {
    const { s, as, db } = await start();
    const manager = await as('managerA');
    const res = await manager('PATCH', `/api/v1/people/${s.people.staffA1.id}`, {
      name: 'Anna Andersson',
      title: 'Sjuksköterska',
    });
    expect(res.statusCode).toBe(200);
    expect(person(res)).toMatchObject({
      name: 'Anna Andersson',
      title: 'Sjuksköterska',
      email: s.people.staffA1.email,
    });
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.update')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: s.people.managerA.id, entity_id: s.people.staffA1.id });
    expect(JSON.parse(audit.before_json ?? 'null')).toMatchObject({ name: 'Person staffA1', title: '' });
    expect(JSON.parse(audit.after_json ?? 'null')).toMatchObject({ name: 'Anna Andersson', title: 'Sjuksköterska' });

    const taken = await manager('PATCH', `/api/v1/people/${s.people.staffA1.id}`, {
      email: s.people.staffA1b.email.toUpperCase(),
    });
    expect(taken.statusCode).toBe(409);
    expect(problem(taken).errors).toEqual([
      { field: 'email', message: 'E-postadressen används redan av en annan person.' },
    ]);

    const colleague = await as('staffA1b');
    expect((await colleague('PATCH', `/api/v1/people/${s.people.staffA1.id}`, { name: 'Kapad' })).statusCode).toBe(403);
    const otherManager = await as('managerB');
    expect((await otherManager('PATCH', `/api/v1/people/${s.people.staffA1.id}`, { name: 'Kapad' })).statusCode).toBe(
      404,
    );
    const row = await db
      .selectFrom('people')
      .select(['name', 'email'])
      .where('id', '=', s.people.staffA1.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Anna Andersson', email: s.people.staffA1.email });
  });

  it('refuses unknown fields such as roles or password_hash in a person edit, and changes nothing', async () => {
    const { s, as, app, db } = await start();
    const before = await db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', s.people.staffA1.id)
      .executeTakeFirstOrThrow();
    const manager = await as('managerA');
    const self = await as('staffA1');
    for (const [call, payload, key] of [
      [manager, { name: 'Ny', roles: ['admin'] }, 'roles'],
      [self, { roles: ['admin'] }, 'roles'],
      [manager, { password_hash: 'x' }, 'password_hash'],
      [self, { name: 'Ny', password_hash: '$argon2id$v=19$m=19456,t=2,p=1$AAAA$BBBB' }, 'password_hash'],
      [manager, { active: 0, notification_mode: 'digest' }, 'active'],
    ] as const) {
      const res = await call('PATCH', `/api/v1/people/${s.people.staffA1.id}`, payload);
      expect(res.statusCode).toBe(422);
      const body = problem(res);
      expect(body.code).toBe('validation');
      expect(body.errors?.some((e) => e.message.startsWith('Okänt fält:') && e.message.includes(key))).toBe(true);
    }
    const after = await db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', s.people.staffA1.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(
      await db.selectFrom('person_roles').select('role').where('person_id', '=', s.people.staffA1.id).execute(),
    ).toEqual([]);
    expect((await signIn(app, s.people.staffA1.email, testPassword)).cookie).toContain('tillit_session=');
  });

  it('lets only administrators set organisation-wide roles; a staff member cannot make themselves admin', async () => {
    const { s, as, db } = await start();
    const self = await as('staffA1');
    const grab = await self('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, { roles: ['admin'] });
    expect(grab.statusCode).toBe(403);
    const manager = await as('managerA');
    expect(
      (await manager('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, { roles: ['analyst'] })).statusCode,
    ).toBe(403);
    expect(
      await db.selectFrom('person_roles').select('role').where('person_id', '=', s.people.staffA1.id).execute(),
    ).toEqual([]);
    expect(meSchema.parse((await self('GET', '/api/v1/me')).json()).roles).toEqual([]);
    expect((await self('GET', '/api/v1/audit')).statusCode).toBe(403);

    const admin = await as('admin');
    const granted = await admin('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, {
      roles: ['safety_rep', 'analyst', 'analyst'],
    });
    expect(granted.statusCode).toBe(200);
    expect(person(granted).roles.sort()).toEqual(['analyst', 'safety_rep']);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.roles')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(s.people.admin.id);
    expect(JSON.parse(audit.before_json ?? 'null')).toEqual({ roles: [] });
    expect(JSON.parse(audit.after_json ?? 'null')).toEqual({ roles: ['analyst', 'safety_rep'] });
    // The person is signed out; the new roles take effect at the next sign-in, which for these
    // roles includes setting up a second factor (the test helper does that through the API).
    expect((await self('GET', '/api/v1/me')).statusCode).toBe(401);
    expect(await names(await as('staffA1'))).toHaveLength(7);
    const unknownRole = await admin('PUT', `/api/v1/people/${s.people.staffA1.id}/roles`, { roles: ['superuser'] });
    expect(unknownRole.statusCode).toBe(422);
  });

  it('never removes or deactivates the last active administrator', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const drop = await admin('PUT', `/api/v1/people/${s.people.admin.id}/roles`, { roles: ['analyst'] });
    expect(drop.statusCode).toBe(422);
    expect(problem(drop)).toMatchObject({
      code: 'lastAdmin',
      detail: 'Det måste finnas minst en aktiv administratör.',
    });
    const off = await admin('POST', `/api/v1/people/${s.people.admin.id}/deactivate`);
    expect(off.statusCode).toBe(422);
    expect(problem(off).code).toBe('lastAdmin');
    const roles = await db
      .selectFrom('person_roles')
      .select('role')
      .where('person_id', '=', s.people.admin.id)
      .execute();
    expect(roles).toEqual([{ role: 'admin' }]);
    expect(
      await db.selectFrom('people').select('active').where('id', '=', s.people.admin.id).executeTakeFirstOrThrow(),
    ).toEqual({ active: 1 });

    expect((await admin('PUT', `/api/v1/people/${s.people.analyst.id}/roles`, { roles: ['admin'] })).statusCode).toBe(
      200,
    );
    const handOver = await admin('PUT', `/api/v1/people/${s.people.admin.id}/roles`, { roles: [] });
    expect(handOver.statusCode).toBe(200);
    expect(person(handOver).roles).toEqual([]);
  });

  it('keeps an administrator when two administrators remove each other’s role at the same moment', async () => {
    const { s, app, db } = await start();
    // Sessions made directly (as the access matrix does): signing in twelve times would meet the
    // per-minute sign-in limit, and the sign-in is not what this test is about.
    const sessionOf = async (personId: string) => {
      const session = await createSession(db, personId, 'password', { idleMinutes: 60, absoluteHours: 1 });
      const headers = { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken };
      return (url: string, payload: object) => app.inject({ method: 'PUT', url, headers, payload });
    };
    const adminsAfterEachRound: number[] = [];
    const statusesOfEachRound: string[] = [];
    // A few rounds, because two requests only sometimes overlap closely enough to race.
    for (let round = 0; round < 6; round += 1) {
      await db.deleteFrom('person_roles').where('role', '=', 'admin').execute();
      const now = new Date().toISOString();
      await db
        .insertInto('person_roles')
        .values(
          [s.people.admin.id, s.people.analyst.id].map((id) => ({ person_id: id, role: 'admin', granted_at: now })),
        )
        .execute();
      // Fresh sessions each round: the winner's role change signs the other one out.
      const first = await sessionOf(s.people.admin.id);
      const second = await sessionOf(s.people.analyst.id);
      const results = await Promise.all([
        first(`/api/v1/people/${s.people.analyst.id}/roles`, { roles: [] }),
        second(`/api/v1/people/${s.people.admin.id}/roles`, { roles: [] }),
      ]);
      statusesOfEachRound.push(
        results
          .map((r) => r.statusCode)
          .sort()
          .join('+'),
      );
      adminsAfterEachRound.push(
        (await db.selectFrom('person_roles').select('person_id').where('role', '=', 'admin').execute()).length,
      );
    }
    expect(adminsAfterEachRound).toEqual([1, 1, 1, 1, 1, 1]);
    // The loser is refused, however far its request had come when the winner's change committed:
    // 401 (its session had already ended), 404 (no longer an administrator, so the person is out of
    // sight), 403 (lost the role while waiting for the lock) or 422 (it would remove the last one).
    for (const statuses of statusesOfEachRound)
      expect(['200+401', '200+403', '200+404', '200+422']).toContain(statuses);
  });

  it('adds memberships (once per role) and ends them without erasing the history', async () => {
    const { s, as, db } = await start();
    const manager = await as('managerA');
    // A manager may add someone from elsewhere in the organisation to their own unit.
    const added = await manager('POST', `/api/v1/people/${s.people.staffB1.id}/memberships`, {
      unitId: s.units.unitA1,
      role: 'staff',
    });
    expect(added.statusCode).toBe(200);
    const membership = person(added).memberships.find((m) => m.unitId === s.units.unitA1);
    expect(membership).toMatchObject({ role: 'staff', endedAt: null });
    const twice = await manager('POST', `/api/v1/people/${s.people.staffB1.id}/memberships`, {
      unitId: s.units.unitA1,
      role: 'staff',
    });
    expect(twice.statusCode).toBe(409);
    expect(problem(twice)).toMatchObject({
      code: 'alreadyMember',
      errors: [{ field: 'unitId', message: 'Personen har redan den rollen i enheten.' }],
    });
    expect(
      await db
        .selectFrom('memberships')
        .select('id')
        .where('person_id', '=', s.people.staffB1.id)
        .where('unit_id', '=', s.units.unitA1)
        .execute(),
    ).toHaveLength(1);
    // …and may not add anyone to a unit they do not manage.
    expect(
      (
        await manager('POST', `/api/v1/people/${s.people.staffA1.id}/memberships`, {
          unitId: s.units.unitB1,
          role: 'staff',
        })
      ).statusCode,
    ).toBe(403);

    const staff = await as('staffA1');
    expect(await names(staff)).toContain('Person staffB1');
    const membershipId = membership?.id ?? '';
    const otherManager = await as('managerB');
    expect(
      (await otherManager('POST', `/api/v1/people/${s.people.staffB1.id}/memberships/${membershipId}/end`)).statusCode,
    ).toBe(403);
    const ended = await manager('POST', `/api/v1/people/${s.people.staffB1.id}/memberships/${membershipId}/end`);
    expect(ended.statusCode).toBe(200);
    expect(person(ended).memberships.find((m) => m.id === membershipId)?.endedAt).not.toBeNull();
    const row = await db.selectFrom('memberships').selectAll().where('id', '=', membershipId).executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
    expect(row).toMatchObject({ person_id: s.people.staffB1.id, unit_id: s.units.unitA1, role: 'staff' });
    const unit = unitDetailSchema.parse((await manager('GET', `/api/v1/units/${s.units.unitA1}`)).json());
    expect(unit.members?.find((m) => m.membershipId === membershipId)?.endedAt).toBe(row.ended_at);
    // Colleagues no longer see someone who has left; the manager still sees the history.
    expect(await names(staff)).not.toContain('Person staffB1');
    expect((await manager('GET', `/api/v1/people/${s.people.staffB1.id}`)).statusCode).toBe(200);
    const actions = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', s.people.staffB1.id)
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'membership.add', actor_id: s.people.managerA.id },
      { action: 'membership.end', actor_id: s.people.managerA.id },
    ]);
    // Ending it again changes nothing.
    expect(
      (await manager('POST', `/api/v1/people/${s.people.staffB1.id}/memberships/${membershipId}/end`)).statusCode,
    ).toBe(200);
    expect(
      await db.selectFrom('memberships').select('ended_at').where('id', '=', membershipId).executeTakeFirstOrThrow(),
    ).toEqual({ ended_at: row.ended_at });
  });

  it('adds one membership when the same add is submitted twice at once', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const body = { unitId: s.units.unitB1, role: 'deputy' };
    const url = `/api/v1/people/${s.people.staffA1.id}/memberships`;
    const results = await Promise.all(Array.from({ length: 6 }, () => admin('POST', url, body)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const rows = await db
      .selectFrom('memberships')
      .select('id')
      .where('person_id', '=', s.people.staffA1.id)
      .where('unit_id', '=', s.units.unitB1)
      .where('role', '=', 'deputy')
      .execute();
    expect(rows).toHaveLength(1);
    expect(
      await db.selectFrom('notifications').select('id').where('person_id', '=', s.people.staffA1.id).execute(),
    ).toHaveLength(1);
  });

  it('stores HTML in a person’s name verbatim and refuses oversized names in the reader’s language', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const name = '<img src=x onerror=alert(1)>"Åsa" & co';
    const res = await admin('POST', '/api/v1/people', { name, email: 'html@testby.se', unitId: s.units.unitA1 });
    expect(res.statusCode).toBe(200);
    expect(person(res).name).toBe(name);
    expect(
      await db.selectFrom('people').select('name').where('email', '=', 'html@testby.se').executeTakeFirstOrThrow(),
    ).toEqual({ name });

    const long = await admin(
      'PATCH',
      `/api/v1/people/${s.people.staffA1.id}`,
      { name: 'å'.repeat(201) },
      { 'accept-language': 'da' },
    );
    expect(long.statusCode).toBe(422);
    expect(problem(long).errors).toEqual([{ field: 'name', message: 'Højst 200 tegn.' }]);
    expect((await admin('PATCH', '/api/v1/me/preferences', { locale: 'nb' })).statusCode).toBe(200);
    const saved = await admin(
      'PATCH',
      `/api/v1/people/${s.people.staffA1.id}`,
      { name: 'å'.repeat(201) },
      { 'accept-language': 'da' },
    );
    expect(problem(saved).errors).toEqual([{ field: 'name', message: 'Høyst 200 tegn.' }]);
    const badEmail = await admin('POST', '/api/v1/people', {
      name: 'X',
      email: 'not an e-mail',
      unitId: s.units.unitA1,
    });
    expect(problem(badEmail).errors).toEqual([{ field: 'email', message: translateEmailNb }]);
    expect(
      (await db.selectFrom('people').select('name').where('id', '=', s.people.staffA1.id).executeTakeFirstOrThrow())
        .name,
    ).toBe('Person staffA1');
  });
});

const translateEmailNb = 'Oppgi en gyldig e-postadresse.';
