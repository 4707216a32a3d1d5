// Signals over HTTP, the paths signals.test.ts leaves out: not doing it, answers missing a required
// field, ideas, the board's filters and sorts, search and export with a restricted signal, the good
// examples wall, "what needs me now", "me too" confirmers told of answers, and handing up by
// mandate. One database and one scenario for the file: each test makes its own signals and looks
// only at those.
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { mandateSchema } from '../../../common/org/mandates.js';
import { needsMeSchema } from '../../../common/platform/notifications.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { handUpTargetsSchema, signalListSchema } from '../../../common/signals/signals.js';
import {
  buildTestApp,
  seedScenario,
  signIn,
  type Caller,
  type PersonKey,
  type Scenario,
} from '../../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { addDirector, raise, read } from './signals-test-support.js';

describeOnDatabases('signals API: coverage', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  let s: Scenario;
  const callers = new Map<PersonKey, Caller>();
  beforeAll(async () => {
    s = await seedScenario(database());
    app = await buildTestApp(database());
    // Someone to manage the administration above both departments: the unit to hand up to.
    await addDirector(app, database().db, s);
    return async () => {
      await app.close();
    };
  });
  const as = async (who: PersonKey): Promise<Caller> => {
    const known = callers.get(who);
    if (known) return known;
    const session = await signIn(app, s.people[who].email);
    const call: Caller = (method, url, payload, headers = {}) =>
      app.inject({ method, url, headers: { ...session, ...headers }, ...(payload === undefined ? {} : { payload }) });
    callers.set(who, call);
    return call;
  };
  const db = () => database().db;
  const answer = async (who: PersonKey, id: string, body: object) =>
    (await as(who))('POST', `/api/v1/signals/${id}/answers`, body);
  const list = async (who: PersonKey, query: string) => {
    const res = await (await as(who))('GET', `/api/v1/signals?${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return signalListSchema.parse(res.json()).items.map((i) => i.id);
  };
  const notified = async (personId: string, signalId: string) =>
    (
      await db()
        .selectFrom('notifications')
        .select('kind')
        .where('person_id', '=', personId)
        .where('link', '=', `/signals/${signalId}`)
        .execute()
    ).map((n) => n.kind);

  it('declines with a reason that the author, a colleague elsewhere and the board can all read', async () => {
    const { signal } = await raise(await as('staffA1'), { unitId: s.units.unitA1, text: 'Vi vill ha fri parkering.' });
    const res = await answer('managerA', signal.id, { type: 'decline', text: 'Parkeringen ägs av regionen.' });
    expect(res.statusCode, res.body).toBe(200);
    for (const who of ['staffA1', 'staffB1', 'managerB'] as const) {
      const seen = await read(await as(who), signal.id);
      expect(seen.status, who).toBe('declined');
      expect(seen.timeline.at(-1), who).toMatchObject({
        kind: 'decline',
        actor: { id: s.people.managerA.id },
        text: 'Parkeringen ägs av regionen.',
      });
    }
    expect(await list('staffB1', 'status=declined&q=parkering')).toEqual([signal.id]);
    expect(await notified(s.people.staffA1.id, signal.id)).toEqual(['signals.answered']);
    // Declined: the leader may still change their mind and take it on, nothing else.
    expect((await read(await as('managerA'), signal.id)).can.answer).toEqual(['take']);
  });

  it('refuses an answer without its required field, naming it, and changes nothing', async () => {
    const { signal } = await raise(await as('staffA1'), { unitId: s.units.unitA1, text: 'Ett svar saknar fält.' });
    const cases: Array<[object, string]> = [
      [{ type: 'take', text: 'Vi tar det.' }, 'plannedBy'],
      [{ type: 'take', text: 'Vi tar det.', plannedBy: 'snart' }, 'plannedBy'],
      [{ type: 'hand_up', text: 'Inte vårt mandat.' }, 'toUnitId'],
      [{ type: 'decline', text: '  ' }, 'text'],
      [{ type: 'decline' }, 'text'],
    ];
    for (const [body, field] of cases) {
      const res = await answer('managerA', signal.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      const problem = problemSchema.parse(res.json());
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
      expect(problem.errors?.[0]?.message.length).toBeGreaterThan(5);
    }
    const seen = await read(await as('staffA1'), signal.id);
    expect(seen.status).toBe('open');
    expect(seen.timeline.map((e) => e.kind)).toEqual(['created']);
  });

  it('raises an idea with who it affects and a suggestion', async () => {
    const { signal } = await raise(await as('staffA1'), {
      unitId: s.units.unitA1,
      kind: 'idea',
      text: 'Gemensam bokning av bilar.',
      suggestion: 'En delad kalender.',
      affects: ['citizens', 'staff'],
    });
    const seen = await read(await as('staffB1'), signal.id);
    expect(seen).toMatchObject({ kind: 'idea', suggestion: 'En delad kalender.', status: 'open' });
    expect([...seen.affects].sort()).toEqual(['citizens', 'staff']);
    const wrong = await (
      await as('staffA1')
    )('POST', '/api/v1/signals', { unitId: s.units.unitA1, kind: 'idea', text: 'Okänd grupp', affects: ['pets'] });
    expect(wrong.statusCode).toBe(422);
    expect(problemSchema.parse(wrong.json()).errors?.[0]?.field).toMatch(/^affects/);
  });

  it('filters the board by unit with the units below, status and kind, and sorts by age, "me too" and hours', async () => {
    const staffA = await as('staffA1');
    const a1 = (await raise(staffA, { unitId: s.units.unitA1, text: 'Tavla ett', kind: 'idea', minutesPerWeek: 20 }))
      .signal.id;
    const team = (await raise(staffA, { unitId: s.units.teamA1a, text: 'Tavla två' })).signal.id;
    const b1 = (await raise(await as('staffB1'), { unitId: s.units.unitB1, text: 'Tavla tre', minutesPerWeek: 600 }))
      .signal.id;
    const dept = (await raise(staffA, { unitId: s.units.deptA, text: 'Tavla fyra', minutesPerWeek: 120 })).signal.id;
    // Ages a day apart, oldest first: a1, team, b1, dept.
    for (const [index, id] of [a1, team, b1, dept].entries())
      await db()
        .updateTable('signals')
        .set({ created_at: new Date(Date.UTC(2026, 0, 10 + index, 9)).toISOString() })
        .where('id', '=', id)
        .execute();
    expect((await answer('managerA', dept, { type: 'done', text: 'Fixat.' })).statusCode).toBe(200);
    for (const who of ['staffA1b', 'managerB'] as const)
      expect((await (await as(who))('PUT', `/api/v1/signals/${team}/me-too`, { minutesPerWeek: 15 })).statusCode).toBe(
        200,
      );
    expect((await (await as('staffA1b'))('PUT', `/api/v1/signals/${b1}/me-too`, {})).statusCode).toBe(200);

    const q = 'q=tavla';
    expect(await list('staffB1', `${q}&unitId=${s.units.deptA}&sort=oldest`)).toEqual([a1, team, dept]);
    expect(await list('staffB1', `${q}&unitId=${s.units.unitA1}&sort=oldest`)).toEqual([a1, team]);
    expect(await list('staffB1', `${q}&unitId=${s.units.unitA1}&descendants=false`)).toEqual([a1]);
    expect(await list('staffB1', `${q}&status=done`)).toEqual([dept]);
    expect(await list('staffB1', `${q}&status=open&sort=oldest`)).toEqual([a1, team, b1]);
    expect(await list('staffB1', `${q}&kind=idea`)).toEqual([a1]);
    expect(await list('staffB1', `${q}&kind=obstacle&sort=oldest`)).toEqual([team, b1, dept]);
    expect(await list('staffB1', `${q}&sort=newest`)).toEqual([dept, b1, team, a1]);
    expect(await list('staffB1', `${q}&sort=meToo`)).toEqual([team, b1, dept, a1]);
    // Hours: the author's time plus every "me too": b1 600 + 0, dept 120, team 0 + 2 x 15, a1 20.
    expect(await list('staffB1', `${q}&sort=hours`)).toEqual([b1, dept, team, a1]);
  });

  it('finds by text and suggestion, and hides a restricted signal from search and export for those outside', async () => {
    const author = await as('staffA1');
    const open = (await raise(author, { unitId: s.units.unitA1, text: 'Sökord Regnrock saknas.' })).signal.id;
    const bySuggestion = (
      await raise(author, { unitId: s.units.unitA1, text: 'Kläder till utevistelse.', suggestion: 'Köp REGNROCKAR.' })
    ).signal.id;
    const hidden = (await raise(author, { unitId: s.units.unitA1, text: 'Regnrock och en känslig konflikt.' })).signal
      .id;
    expect((await author('PUT', `/api/v1/signals/${hidden}/restricted`, { restricted: true })).statusCode).toBe(200);

    expect((await list('staffB1', 'q=regnrock&sort=oldest')).sort()).toEqual([open, bySuggestion].sort());
    expect((await list('staffA1', 'q=regnrock&sort=oldest')).sort()).toEqual([open, bySuggestion, hidden].sort());
    expect((await list('managerA', 'q=regnrock')).sort()).toEqual([open, bySuggestion, hidden].sort());
    expect(await list('staffB1', 'q=finns-inte-alls')).toEqual([]);

    const csv = async (who: PersonKey) => {
      const res = await (await as(who))('GET', '/api/v1/signals/export?q=regnrock');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      return res.body;
    };
    const outside = await csv('staffB1');
    expect(outside).toContain(open);
    expect(outside).toContain(bySuggestion);
    expect(outside).not.toContain(hidden);
    expect(outside).not.toContain('känslig konflikt');
    expect(await csv('managerA')).toContain(hidden);
  });

  it('lists only good examples on the good examples wall', async () => {
    const staff = await as('staffA1');
    const good = (await raise(staff, { unitId: s.units.unitA1, kind: 'good_example', text: 'Väggen: ny rutin.' }))
      .signal.id;
    await raise(staff, { unitId: s.units.unitA1, kind: 'idea', text: 'Väggen: en idé.' });
    await raise(staff, { unitId: s.units.unitA1, text: 'Väggen: ett hinder.' });
    // The wall asks for the kind; every good example, and nothing else.
    const res = await (await as('staffB1'))('GET', '/api/v1/signals?kind=good_example&pageSize=100');
    const items = signalListSchema.parse(res.json()).items;
    expect(items.map((i) => i.kind).every((kind) => kind === 'good_example')).toBe(true);
    expect(items.map((i) => i.id)).toContain(good);
  });

  it('puts overdue signals first on the manager’s home page, and answers on the author’s', async () => {
    const staff = await as('staffA1');
    const first = (await raise(staff, { unitId: s.units.unitA1, text: 'Hem: i tid.' })).signal.id;
    const late = (await raise(staff, { unitId: s.units.unitA1, text: 'Hem: försenad.' })).signal.id;
    // The second one's deadline has passed (as if the clock had moved on).
    await db()
      .updateTable('signals')
      .set({ due_at: new Date(Date.now() - 3_600_000).toISOString() })
      .where('id', '=', late)
      .execute();
    const needs = async (who: PersonKey) =>
      needsMeSchema.parse((await (await as(who))('GET', '/api/v1/home/needs-me')).json()).items;
    const waiting = (await needs('managerA')).filter((i) => [first, late].some((id) => i.link === `/signals/${id}`));
    expect(waiting.map((i) => [i.link, i.kind, i.overdue])).toEqual([
      [`/signals/${late}`, 'answer', true],
      [`/signals/${first}`, 'answer', false],
    ]);
    expect((await needs('managerB')).some((i) => i.link === `/signals/${first}`)).toBe(false);

    expect((await needs('staffA1')).some((i) => i.link === `/signals/${first}`)).toBe(false);
    expect(
      (await answer('managerA', first, { type: 'take', text: 'Vi tar det.', plannedBy: '2027-03-01' })).statusCode,
    ).toBe(200);
    const mine = (await needs('staffA1')).filter((i) => i.link === `/signals/${first}`);
    expect(mine.map((i) => i.kind)).toEqual(['answered']);
    // Read: it leaves the list.
    await read(staff, first);
    expect((await needs('staffA1')).some((i) => i.link === `/signals/${first}`)).toBe(false);
  });

  it('tells everyone who said "me too" of every answer, and not the one who answered', async () => {
    const { signal } = await raise(await as('staffA1'), { unitId: s.units.unitA1, text: 'Wifi i matsalen.' });
    for (const who of ['staffA1b', 'staffB1'] as const)
      expect((await (await as(who))('PUT', `/api/v1/signals/${signal.id}/me-too`, {})).statusCode).toBe(200);
    expect(
      (await answer('managerA', signal.id, { type: 'take', text: 'Vi beställer.', plannedBy: '2027-01-15' }))
        .statusCode,
    ).toBe(200);
    expect((await answer('managerA', signal.id, { type: 'done', text: 'Klart.' })).statusCode).toBe(200);
    for (const who of ['staffA1', 'staffA1b', 'staffB1'] as const)
      expect(await notified(s.people[who].id, signal.id), who).toEqual(['signals.answered', 'signals.answered']);
    expect(await notified(s.people.managerA.id, signal.id)).toEqual(['signals.new']);
  });

  it('hands up to the holder of the cited mandate, whose managers are told, and names the mandate', async () => {
    const admin = await as('admin');
    const created = await admin('POST', '/api/v1/mandates', {
      unitId: s.units.deptB,
      holderRole: null,
      title: 'Beslut om lokaler',
      description: 'Hyra, ombyggnad och möblering av förvaltningens lokaler.',
    });
    expect(created.statusCode, created.body).toBe(200);
    const mandate = mandateSchema.parse(created.json());
    const { signal } = await raise(await as('staffA1'), {
      unitId: s.units.unitA1,
      text: 'Personalrummet är för litet.',
    });

    const managerA = await as('managerA');
    const targets = handUpTargetsSchema.parse(
      (await managerA('GET', `/api/v1/signals/${signal.id}/hand-up-targets`)).json(),
    ).items;
    expect(targets.map((t) => [t.reason, t.unit.id, t.mandate?.title ?? null])).toEqual([
      ['parent', s.units.admin, null],
      ['mandate', s.units.deptB, 'Beslut om lokaler'],
    ]);
    expect(targets[1]?.mandate?.description).toBe('Hyra, ombyggnad och möblering av förvaltningens lokaler.');

    const handUp = (body: object) =>
      answer('managerA', signal.id, { type: 'hand_up', text: 'Lokalfrågor beslutas av B.', ...body });
    // The mandate holder is chosen by citing the mandate, and the mandate must be the holder's.
    const fieldOf = async (body: object) => {
      const res = await handUp(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      return problemSchema.parse(res.json()).errors?.[0]?.field;
    };
    expect(await fieldOf({ toUnitId: s.units.deptB })).toBe('toUnitId');
    expect(await fieldOf({ toUnitId: s.units.admin, mandateId: mandate.id })).toBe('toUnitId');
    expect(await fieldOf({ toUnitId: s.units.deptB, mandateId: s.units.deptB })).toBe('mandateId');

    const res = await handUp({ toUnitId: s.units.deptB, mandateId: mandate.id });
    expect(res.statusCode, res.body).toBe(200);
    const seen = await read(await as('staffA1'), signal.id);
    expect(seen.handlingUnit.id).toBe(s.units.deptB);
    expect(seen.timeline.at(-1)).toMatchObject({
      kind: 'hand_up',
      fromUnit: { id: s.units.deptA },
      toUnit: { id: s.units.deptB },
      mandate: { id: mandate.id, title: 'Beslut om lokaler' },
    });
    expect(await notified(s.people.managerB.id, signal.id)).toEqual(['signals.handedUp']);
    expect((await read(await as('managerB'), signal.id)).can.answer).toContain('take');
    expect((await read(managerA, signal.id)).can.answer).toEqual([]);
  });

  it('hands up to the unit above without a mandate, and the timeline then names none', async () => {
    const { signal } = await raise(await as('staffA1'), { unitId: s.units.unitA1, text: 'Budgeten räcker inte.' });
    const res = await answer('managerA', signal.id, {
      type: 'hand_up',
      text: 'Budgeten beslutas ovanför oss.',
      toUnitId: s.units.admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const seen = await read(await as('staffA1'), signal.id);
    expect(seen.handlingUnit.id).toBe(s.units.admin);
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'hand_up', toUnit: { id: s.units.admin }, mandate: null });
  });
});
