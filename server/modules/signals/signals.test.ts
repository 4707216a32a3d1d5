// Signals over HTTP on a real database: raising, routing to the managers with the mandate,
// answering, handing up, escalation, openness and restriction, "me too", and bad input.
import { describe, expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { signalListSchema } from '../../../common/signals/signals.js';
import { workingDaysBetween } from '../../../common/signals/working-days.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { addDirector, raise, read } from './signals-test-support.js';

describeOnDatabases('signals API', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('routes a new obstacle to the managers above a unit without one, and notifies them', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const { signal, followToken } = await raise(staff, { unitId: s.units.unitA1, text: 'Skrivaren är trasig igen.' });
    expect(followToken).toBeNull();
    expect(signal).toMatchObject({
      kind: 'obstacle',
      status: 'open',
      unit: { id: s.units.unitA1 },
      handlingUnit: { id: s.units.deptA },
      author: { id: s.people.staffA1.id },
      mine: true,
    });
    expect(signal.timeline.map((e) => e.kind)).toEqual(['created']);
    expect(signal.can).toMatchObject({ answer: [], reply: true, reopen: false, meToo: false });
    // Ten working days later in the Swedish calendar (the organisation's language is Swedish):
    // 12 to 14 days, more around Easter, midsummer or Christmas.
    const created = new Date(signal.createdAt);
    const due = new Date(signal.dueAt);
    expect(workingDaysBetween(created, due, 'SE')).toBe(10);
    expect(workingDaysBetween(created, new Date(due.getTime() - 1), 'SE')).toBe(9);
    expect(due.getTime() - created.getTime()).toBeGreaterThanOrEqual(12 * 86_400_000 - 3_600_000);
    const notes = await db.selectFrom('notifications').select(['person_id', 'kind', 'link']).execute();
    expect(notes).toEqual([{ person_id: s.people.managerA.id, kind: 'signals.new', link: `/signals/${signal.id}` }]);
    const managerView = await read(await as('managerA'), signal.id);
    expect(managerView.can.answer).toEqual(['take', 'hand_up', 'decline', 'done']);
  });

  it('shows every signal to everyone signed in, and lets only the mandated leaders answer', async () => {
    const { s, as, db } = await start();
    const { signal } = await raise(await as('staffA1'), { unitId: s.units.unitA1, text: 'Vi saknar vikarier.' });
    const managerB = await as('managerB');
    const seen = await read(managerB, signal.id);
    expect(seen.can.answer).toEqual([]);
    const denied = await managerB('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'done', text: 'Fixat.' });
    expect(denied.statusCode).toBe(403);
    const staffB = await as('staffB1');
    expect(
      (await staffB('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'decline', text: 'Nej.' })).statusCode,
    ).toBe(403);
    const row = await db.selectFrom('signals').select('status').where('id', '=', signal.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
    const list = signalListSchema.parse((await staffB('GET', '/api/v1/signals')).json());
    expect(list.items.map((i) => i.id)).toEqual([signal.id]);
  });

  it('takes a signal through hand-up and take-on, with every step on the timeline and the author told', async () => {
    const { s, as, app, db } = await start();
    const director = await addDirector(app, db, s);
    const staff = await as('staffA1');
    const managerA = await as('managerA');
    const { signal } = await raise(staff, {
      unitId: s.units.unitA1,
      text: 'Regeln om dubbel signering tar en timme om dagen.',
      kind: 'rule_obstacle',
      minutesPerWeek: 300,
    });

    const targets = (await managerA('GET', `/api/v1/signals/${signal.id}/hand-up-targets`)).json<{
      items: Array<{ unit: { id: string }; reason: string }>;
    }>();
    expect(targets.items.map((t) => [t.unit.id, t.reason])).toEqual([[s.units.admin, 'parent']]);
    // Not a unit above and without a mandate: refused, naming the field.
    const wrong = await managerA('POST', `/api/v1/signals/${signal.id}/answers`, {
      type: 'hand_up',
      text: 'Utanför vårt mandat.',
      toUnitId: s.units.deptB,
    });
    expect(wrong.statusCode).toBe(422);
    expect(problemSchema.parse(wrong.json()).errors?.[0]?.field).toBe('toUnitId');

    const up = await managerA('POST', `/api/v1/signals/${signal.id}/answers`, {
      type: 'hand_up',
      text: 'Regeln beslutas av förvaltningen.',
      toUnitId: s.units.admin,
    });
    expect(up.statusCode).toBe(200);
    expect((await read(managerA, signal.id)).can.answer).toEqual([]);
    const taken = await director.call('POST', `/api/v1/signals/${signal.id}/answers`, {
      type: 'take',
      text: 'Vi ser över regeln.',
      plannedBy: '2027-02-01',
    });
    expect(taken.statusCode, taken.body).toBe(200);

    const seen = await read(staff, signal.id);
    expect(seen.status).toBe('taken');
    expect(seen.handlingUnit.id).toBe(s.units.admin);
    expect(seen.timeline.map((e) => [e.kind, e.actor?.id ?? null])).toEqual([
      ['created', s.people.staffA1.id],
      ['hand_up', s.people.managerA.id],
      ['take', director.id],
    ]);
    expect(seen.timeline[1]).toMatchObject({
      fromUnit: { id: s.units.deptA },
      toUnit: { id: s.units.admin },
      text: 'Regeln beslutas av förvaltningen.',
    });
    expect(seen.timeline[2]?.plannedBy).toBe('2027-02-01');
    const authorNotes = await db
      .selectFrom('notifications')
      .select('kind')
      .where('person_id', '=', s.people.staffA1.id)
      .execute();
    expect(authorNotes.map((n) => n.kind)).toEqual(['signals.answered', 'signals.answered']);
    const directorNotes = await db
      .selectFrom('notifications')
      .select('kind')
      .where('person_id', '=', director.id)
      .execute();
    expect(directorNotes.map((n) => n.kind)).toEqual(['signals.handedUp']);
  });

  it('escalates an overdue signal one level up, marks it and notifies both levels', async () => {
    const { s, as, app, db } = await start();
    const director = await addDirector(app, db, s);
    const { signal } = await raise(await as('staffA1'), {
      unitId: s.units.unitA1,
      text: 'Ingen svarar på mina mejl om schemat.',
    });
    const { escalateOverdue } = await import('./escalation.js');
    const { createNotifier } = await import('../../platform/notifications/notify.js');
    const notifier = createNotifier({ publicUrl: 'http://localhost', defaultLocale: 'sv' });
    // Before the deadline nothing happens.
    expect(
      await db
        .transaction()
        .execute((trx) => escalateOverdue(trx, notifier, new Date(Date.parse(signal.dueAt) - 60_000))),
    ).toBe(0);
    const later = new Date(Date.parse(signal.dueAt) + 60_000);
    expect(await db.transaction().execute((trx) => escalateOverdue(trx, notifier, later))).toBe(1);
    const seen = await read(director.call, signal.id);
    expect(seen).toMatchObject({ handlingUnit: { id: s.units.admin }, escalationLevel: 1, status: 'open' });
    expect(Date.parse(seen.dueAt)).toBeGreaterThan(later.getTime());
    expect(seen.timeline.at(-1)).toMatchObject({
      kind: 'escalated',
      actorRole: 'system',
      actor: null,
      toUnit: { id: s.units.admin },
    });
    expect(seen.can.answer).toContain('take');
    const notes = await db
      .selectFrom('notifications')
      .select(['person_id', 'kind'])
      .where('kind', '=', 'signals.escalated')
      .execute();
    expect(notes.map((n) => n.person_id).sort()).toEqual([director.id, s.people.managerA.id].sort());
    // Once escalated, it has a new deadline: a second run at the same moment does nothing.
    expect(await db.transaction().execute((trx) => escalateOverdue(trx, notifier, later))).toBe(0);
  });

  it('keeps a restricted signal to its author and the chain of managers', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const { signal } = await raise(staff, { unitId: s.units.unitA1, text: 'Känsligt: konflikt i arbetsgruppen.' });
    expect((await staff('PUT', `/api/v1/signals/${signal.id}/restricted`, { restricted: true })).statusCode).toBe(200);
    for (const who of ['staffA1b', 'staffB1', 'managerB', 'analyst'] as const) {
      const call = await as(who);
      expect((await call('GET', `/api/v1/signals/${signal.id}`)).statusCode, who).toBe(404);
      expect(signalListSchema.parse((await call('GET', '/api/v1/signals')).json()).total, who).toBe(0);
      expect((await call('PUT', `/api/v1/signals/${signal.id}/me-too`, {})).statusCode, who).toBe(404);
    }
    expect((await read(await as('managerA'), signal.id)).restricted).toBe(true);
    expect((await read(staff, signal.id)).timeline.map((e) => e.kind)).toEqual(['created', 'restricted']);
  });

  it('counts "me too" with its hours, once per person, and not from the author', async () => {
    const { s, as } = await start();
    const { signal } = await raise(await as('staffA1'), {
      unitId: s.units.unitA1,
      text: 'Inloggningen tar fem minuter.',
      minutesPerWeek: 60,
    });
    const colleague = await as('staffA1b');
    expect((await colleague('PUT', `/api/v1/signals/${signal.id}/me-too`, { minutesPerWeek: 30 })).statusCode).toBe(
      200,
    );
    const again = await colleague('PUT', `/api/v1/signals/${signal.id}/me-too`, { minutesPerWeek: 45 });
    expect(again.json()).toMatchObject({ meToo: { count: 1, totalMinutesPerWeek: 105, mine: true } });
    expect((await (await as('staffA1'))('PUT', `/api/v1/signals/${signal.id}/me-too`, {})).statusCode).toBe(403);
    const withdrawn = await colleague('DELETE', `/api/v1/signals/${signal.id}/me-too`);
    expect(withdrawn.json()).toMatchObject({ meToo: { count: 0, totalMinutesPerWeek: 60, mine: false } });
  });

  it('lets the author reopen "done" once, with a new deadline', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    const { signal } = await raise(staff, { unitId: s.units.unitA1, text: 'Kaffemaskinen läcker.' });
    const done = () =>
      manager('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'done', text: 'Ny maskin beställd.' });
    expect((await done()).statusCode).toBe(200);
    expect((await manager('POST', `/api/v1/signals/${signal.id}/reopen`, { text: 'Nej' })).statusCode).toBe(403);
    expect(
      (await staff('POST', `/api/v1/signals/${signal.id}/reopen`, { text: 'Den läcker fortfarande.' })).statusCode,
    ).toBe(200);
    expect((await read(staff, signal.id)).status).toBe('open');
    expect((await done()).statusCode).toBe(200);
    const twice = await staff('POST', `/api/v1/signals/${signal.id}/reopen`, { text: 'Igen.' });
    expect(twice.statusCode).toBe(409);
    expect(problemSchema.parse(twice.json()).code).toBe('signalReopenNotAllowed');
  });

  it('answers a double submit with the first signal, not a second one', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const body = {
      unitId: s.units.unitA1,
      text: 'Dubbelklick',
      idempotencyKey: '0b7b8f6e-3f43-4c1a-9d1e-6a1b2c3d4e5f',
    };
    const [a, b] = await Promise.all([staff('POST', '/api/v1/signals', body), staff('POST', '/api/v1/signals', body)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json<{ signal: { id: string } }>().signal.id).toBe(b.json<{ signal: { id: string } }>().signal.id);
    expect(await db.selectFrom('signals').select('id').execute()).toHaveLength(1);
    // Someone else reusing the key gets a conflict, not the first person's signal.
    expect((await (await as('staffB1'))('POST', '/api/v1/signals', body)).statusCode).toBe(409);
  });

  describe('bad input', () => {
    it('names the field and writes nothing', async () => {
      const { s, as, db } = await start();
      const staff = await as('staffA1');
      const cases: Array<[object, string]> = [
        [{ unitId: s.units.unitA1, text: '   ' }, 'text'],
        [{ unitId: s.units.unitA1, text: 'x'.repeat(5001) }, 'text'],
        [{ unitId: '3f1c7a52-6a0b-4c1e-9a57-1f2b3c4d5e6f', text: 'Okänd enhet' }, 'unitId'],
        [{ unitId: s.units.citizens, text: 'Invånarna är ingen enhet' }, 'unitId'],
        [{ unitId: s.units.unitA1, text: 'Negativ tid', minutesPerWeek: -5 }, 'minutesPerWeek'],
        [{ unitId: s.units.unitA1, text: 'Orimlig tid', minutesPerWeek: 100_000 }, 'minutesPerWeek'],
        [{ unitId: s.units.unitA1, text: 'Okänd sort', kind: 'complaint' }, 'kind'],
      ];
      for (const [body, field] of cases) {
        const res = await staff('POST', '/api/v1/signals', body);
        expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
        const problem = problemSchema.parse(res.json());
        expect(problem.errors?.map((e) => e.field)).toContain(field);
        expect(problem.errors?.[0]?.message.length).toBeGreaterThan(5);
      }
      expect(await db.selectFrom('signals').select('id').execute()).toEqual([]);
    });

    it('stores a script as text and returns it as text', async () => {
      const { s, as } = await start();
      const text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const { signal } = await raise(await as('staffA1'), {
        unitId: s.units.unitA1,
        text,
        suggestion: '=HYPERLINK("http://evil.example")',
      });
      expect((await read(await as('staffB1'), signal.id)).text).toBe(text);
      const csv = (await (await as('staffB1'))('GET', '/api/v1/signals/export')).body;
      expect(csv).toContain(`'=HYPERLINK(""http://evil.example"")`);
      expect(csv).not.toMatch(/;=HYPERLINK/);
    });
  });
});
