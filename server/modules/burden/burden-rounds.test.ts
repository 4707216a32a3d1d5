// Clean-up rounds over HTTP on a real database: opening a round invites the performers, the owner
// proposes, the mandated leader decides, the change is applied and snapshotted in one go, and the
// round report shows the hours before and after.
import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { overviewSchema, proposalResponse, roundReportSchema } from '../../../common/burden/api.js';
import { needsMeSchema } from '../../../common/platform/notifications.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { createDemand, demandBody, inDays, openRound, readDemand, today } from './burden-test-support.js';

describeOnDatabases('burden rounds API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('takes a demand from round to decision: the change applied, snapshotted and reported', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const d = await createDemand(admin, demandBody(s));
    await createDemand(admin, demandBody(s, { title: 'Annat krav', ownerUnitId: s.units.deptB, performers: [] }));
    const managerA = await as('managerA');
    const round = await openRound(managerA, {
      title: 'Rensning avdelning A',
      scopeUnitId: s.units.deptA,
      opensOn: today(),
      closesOn: inDays(30),
    });
    expect(round.demands.map((x) => x.demand.id)).toEqual([d.id]);
    expect(round.totals).toEqual({ hoursBefore: 52, hoursAfter: 52, hoursReleased: 0 });
    // The two performers are invited, and it is on their home page.
    const invited = await db
      .selectFrom('notifications')
      .select('person_id')
      .where('kind', '=', 'burden.roundOpened')
      .execute();
    expect(invited.map((n) => n.person_id).sort()).toEqual([s.people.staffA1.id, s.people.staffA1b.id].sort());
    const staff = await as('staffA1');
    const home = needsMeSchema.parse((await staff('GET', '/api/v1/home/needs-me')).json());
    expect(home.items.filter((i) => i.module === 'burden')).toMatchObject([{ kind: 'assess', link: '/burden/assess' }]);
    await staff('PUT', `/api/v1/burden/demands/${d.id}/assessment`, { usefulness: 1, noticed: 'no', minutes: 10 });
    const after = needsMeSchema.parse((await staff('GET', '/api/v1/home/needs-me')).json());
    expect(after.items.filter((i) => i.module === 'burden')).toEqual([]);

    // Staff cannot propose; managers of other units cannot either.
    const simplify = {
      action: 'simplify',
      demandId: d.id,
      newMinutes: 10,
      rationale: 'Medarbetarna säger 10 minuter.',
    };
    expect((await staff('POST', `/api/v1/burden/rounds/${round.id}/proposals`, simplify)).statusCode).toBe(403);
    const managerB = await as('managerB');
    expect((await managerB('POST', `/api/v1/burden/rounds/${round.id}/proposals`, simplify)).statusCode).toBe(403);
    const proposed = await managerA('POST', `/api/v1/burden/rounds/${round.id}/proposals`, simplify);
    expect(proposed.statusCode, proposed.body).toBe(200);
    const { proposal } = proposalResponse.parse(proposed.json());
    expect(proposal).toMatchObject({ status: 'proposed', hoursBefore: 52, hoursAfter: 17.3 });
    // No other manager above deptA in the scenario: the administrators are asked to decide.
    const asked = await db
      .selectFrom('notifications')
      .select(['person_id', 'link'])
      .where('kind', '=', 'burden.proposal')
      .execute();
    expect(asked).toEqual([{ person_id: s.people.admin.id, link: `/burden/rounds/${round.id}` }]);
    const adminHome = needsMeSchema.parse((await admin('GET', '/api/v1/home/needs-me')).json());
    expect(adminHome.items.filter((i) => i.module === 'burden')).toMatchObject([{ kind: 'decide' }]);

    const decision = { decision: 'approved', rationale: 'Vi förenklar rapporten.' };
    expect((await managerB('POST', `/api/v1/burden/proposals/${proposal.id}/decision`, decision)).statusCode).toBe(403);
    expect((await staff('POST', `/api/v1/burden/proposals/${proposal.id}/decision`, decision)).statusCode).toBe(403);
    const decided = await admin('POST', `/api/v1/burden/proposals/${proposal.id}/decision`, decision);
    expect(decided.statusCode, decided.body).toBe(200);
    const told = await db
      .selectFrom('notifications')
      .select('person_id')
      .where('kind', '=', 'burden.decided')
      .execute();
    expect(told).toEqual([{ person_id: s.people.managerA.id }]);
    const twice = await managerA('POST', `/api/v1/burden/proposals/${proposal.id}/decision`, decision);
    expect(twice.statusCode).toBe(409);
    expect(problemSchema.parse(twice.json()).code).toBe('burdenAlreadyDecided');

    // Applied: 10 minutes now, and a snapshot of the new totals (17.3 + the other demand's 0 hours).
    const changed = await readDemand(staff, d.id);
    expect(changed).toMatchObject({ minutes: 10, version: 2, cost: { annualHours: 17.3 } });
    expect(changed.history).toMatchObject([
      { decision: 'approved', decisionRationale: 'Vi förenklar rapporten.', decidedBy: { id: s.people.admin.id } },
    ]);
    const snapshots = await db.selectFrom('burden_snapshots').select(['cause', 'cause_id', 'total_hours']).execute();
    expect(snapshots).toEqual([{ cause: 'decision', cause_id: proposal.id, total_hours: 17.33 }]);

    const report = roundReportSchema.parse((await managerB('GET', `/api/v1/burden/rounds/${round.id}`)).json());
    expect(report.totals).toEqual({ hoursBefore: 52, hoursAfter: 17.3, hoursReleased: 34.7 });
    expect(report.units).toEqual([{ unit: { id: s.units.deptA, name: 'Enhet A' }, hoursBefore: 52, hoursAfter: 17.3 }]);
    expect(report.decisions.map((p) => p.rationale)).toEqual(['Medarbetarna säger 10 minuter.']);
    expect(report.can.close).toBe(false);

    const overview = overviewSchema.parse((await staff('GET', '/api/v1/burden/overview')).json());
    expect(overview.trend).toMatchObject([{ cause: 'decision', totalHours: 17.3 }]);
    expect(overview.totals).toMatchObject({ annualHours: 17.3, activeDemands: 2 });
    expect(overview.cutChart.points).toMatchObject([{ demand: { id: d.id }, meanUsefulness: 1, candidate: true }]);

    const closed = await managerA('POST', `/api/v1/burden/rounds/${round.id}/close`);
    expect(closed.statusCode).toBe(200);
    const keep = { action: 'keep', demandId: d.id, rationale: 'Behåll.' };
    const late = await managerA('POST', `/api/v1/burden/rounds/${round.id}/proposals`, keep);
    expect(late.statusCode).toBe(409);
  });

  it('lets a mandate holder decide, removes on approval, and keeps rejected proposals as they were', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const d = await createDemand(admin, demandBody(s));
    const round = await openRound(admin, { title: 'R', demandIds: [d.id], opensOn: today(), closesOn: inDays(5) });
    const now = new Date().toISOString();
    // The analysts hold the mandate for department A's reporting (delegationsordning).
    await db
      .insertInto('mandates')
      .values({
        id: randomUUID(),
        unit_id: s.units.deptA,
        holder_role: 'analyst',
        title: 'Beslut om rapportering',
        description: '',
        delegated_by: '',
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const remove = { action: 'remove', demandId: d.id, rationale: 'Ingen använder rapporten.' };
    const first = proposalResponse.parse(
      (await admin('POST', `/api/v1/burden/rounds/${round.id}/proposals`, remove)).json(),
    );
    const [a, b] = await Promise.all([
      admin('POST', `/api/v1/burden/rounds/${round.id}/proposals`, remove),
      admin('POST', `/api/v1/burden/rounds/${round.id}/proposals`, remove),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await db.selectFrom('burden_proposals').select('id').execute()).toHaveLength(1);
    // A new proposal replaces the undecided one: one row.
    const second = proposalResponse.parse(
      (await admin('POST', `/api/v1/burden/rounds/${round.id}/proposals`, remove)).json(),
    );
    expect(second.proposal.id).toBe(first.proposal.id);
    const analyst = await as('analyst');
    const rejected = await analyst('POST', `/api/v1/burden/proposals/${first.proposal.id}/decision`, {
      decision: 'rejected',
      rationale: 'Behövs för budgeten.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await readDemand(analyst, d.id)).status).toBe('active');
    const again = proposalResponse.parse(
      (await admin('POST', `/api/v1/burden/rounds/${round.id}/proposals`, remove)).json(),
    );
    expect(again.proposal.id).not.toBe(first.proposal.id);
    await analyst('POST', `/api/v1/burden/proposals/${again.proposal.id}/decision`, {
      decision: 'approved',
      rationale: 'Bort.',
    });
    expect((await readDemand(analyst, d.id)).status).toBe('removed');
    const report = roundReportSchema.parse((await analyst('GET', `/api/v1/burden/rounds/${round.id}`)).json());
    expect(report.totals).toEqual({ hoursBefore: 52, hoursAfter: 0, hoursReleased: 52 });
    expect(await db.selectFrom('burden_snapshots').select('id').execute()).toHaveLength(2);
  });

  it('only keeps or raises a demand set by law, recording the request and the answer', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const d = await createDemand(
      admin,
      demandBody(s, { origin: 'nationalLaw', originUnitId: null, legalBasis: 'SoL 11 kap. 5 §' }),
    );
    const round = await openRound(admin, {
      title: 'R',
      scopeUnitId: s.units.deptA,
      opensOn: today(),
      closesOn: today(),
    });
    const url = `/api/v1/burden/rounds/${round.id}/proposals`;
    const removal = await admin('POST', url, { action: 'remove', demandId: d.id, rationale: 'Onödig.' });
    expect(removal.statusCode).toBe(422);
    expect(problemSchema.parse(removal.json()).errors?.[0]?.field).toBe('action');
    const raised = proposalResponse.parse(
      (
        await admin('POST', url, {
          action: 'raiseExternal',
          demandId: d.id,
          rationale: 'Dubbeldokumentation.',
          externalRecipient: 'Socialstyrelsen',
          externalRequest: 'Kan kravet uppfyllas med journalen?',
          externalSentOn: today(),
        })
      ).json(),
    );
    await admin('POST', `/api/v1/burden/proposals/${raised.proposal.id}/decision`, {
      decision: 'approved',
      rationale: 'Vi skickar frågan.',
      externalAnswer: 'Svar väntas i juni.',
    });
    const report = roundReportSchema.parse((await admin('GET', `/api/v1/burden/rounds/${round.id}`)).json());
    expect(report.raisedExternally).toMatchObject([
      { externalRecipient: 'Socialstyrelsen', externalAnswer: 'Svar väntas i juni.', hoursAfter: 52 },
    ]);
    expect(report.totals.hoursReleased).toBe(0);
  });

  it('refuses bad rounds: dates backwards, both scopes, a unit without demands, another unit’s manager', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const d = await createDemand(admin, demandBody(s));
    const base = { title: 'R', opensOn: today(), closesOn: inDays(3) };
    const cases: Array<[object, number, string]> = [
      [{ ...base, scopeUnitId: s.units.deptA, closesOn: inDays(-3) }, 422, 'burdenRoundDates'],
      [{ ...base, scopeUnitId: s.units.deptA, demandIds: [d.id] }, 422, 'burdenRoundScope'],
      [{ ...base, scopeUnitId: s.units.deptB }, 422, 'burdenRoundEmpty'],
      [{ ...base, scopeUnitId: '00000000-0000-4000-8000-000000000000' }, 422, 'burdenUnit'],
    ];
    for (const [body, status, code] of cases) {
      const res = await admin('POST', '/api/v1/burden/rounds', body);
      expect(res.statusCode, res.body).toBe(status);
      expect(problemSchema.parse(res.json()).code).toBe(code);
    }
    const foreign = await (
      await as('managerB')
    )('POST', '/api/v1/burden/rounds', { ...base, scopeUnitId: s.units.deptA });
    expect(foreign.statusCode).toBe(403);
    const chosen = await (await as('managerB'))('POST', '/api/v1/burden/rounds', { ...base, demandIds: [d.id] });
    expect(chosen.statusCode).toBe(403);
  });
});
