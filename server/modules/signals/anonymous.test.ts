// An anonymous signal names no one: not in the signal, its timeline, the audit log or the
// notifications. Its author follows it through a private key sent in a header.
import { expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { followTokenHeader, signalDetailSchema } from '../../../common/signals/signals.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { raise } from './signals-test-support.js';

describeOnDatabases('signals: anonymous authors', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('stores no author anywhere, and the follow key reads, replies and reopens once', async () => {
    const { s, as, app, db } = await start();
    const staff = await as('staffA1');
    const key = 'c3d4e5f6-a7b8-4c9d-8e0f-112233445566';
    const { signal, followToken } = await raise(staff, {
      unitId: s.units.unitA1,
      text: 'Min chef kommenterar min klädsel inför kollegor.',
      anonymous: true,
      idempotencyKey: key,
    });
    expect(signal.author).toBeNull();
    expect(signal.mine).toBe(false);
    expect(followToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // A double submit hands back the same key, so the author never holds a dead link.
    const again = await raise(staff, { unitId: s.units.unitA1, text: 'x', anonymous: true, idempotencyKey: key });
    expect(again.followToken).toBe(followToken);

    // Nothing in the database names the author of this signal.
    const author = s.people.staffA1.id;
    const row = await db.selectFrom('signals').selectAll().where('id', '=', signal.id).executeTakeFirstOrThrow();
    expect(row.author_id).toBeNull();
    expect(JSON.stringify(row)).not.toContain(author);
    expect(row.follow_token_hash).not.toBe(followToken);
    expect(row.created_at.endsWith(':00:00.000Z')).toBe(true);
    const events = await db.selectFrom('signal_events').selectAll().where('signal_id', '=', signal.id).execute();
    expect(JSON.stringify(events)).not.toContain(author);
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', signal.id).execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(author);
    const notes = await db.selectFrom('notifications').selectAll().where('person_id', '=', author).execute();
    expect(notes).toEqual([]);

    // The follow key works signed out, in a header.
    const follow = (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, headers: { [followTokenHeader]: followToken ?? '' }, ...(payload ? { payload } : {}) });
    const view = signalDetailSchema.parse((await follow('GET', '/api/v1/signals/follow')).json());
    expect(view.id).toBe(signal.id);
    expect(view.can).toMatchObject({ reply: true, reopen: false });

    const manager = await as('managerA');
    await manager('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'done', text: 'Vi har pratat med chefen.' });
    const replied = await follow('POST', '/api/v1/signals/follow/replies', { text: 'Tack, men det fortsätter.' });
    expect(replied.statusCode).toBe(200);
    const reopened = await follow('POST', '/api/v1/signals/follow/reopen', { text: 'Det hjälpte inte.' });
    expect(signalDetailSchema.parse(reopened.json()).status).toBe('open');
    await manager('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'done', text: 'Nytt samtal.' });
    expect((await follow('POST', '/api/v1/signals/follow/reopen', { text: 'Igen.' })).statusCode).toBe(409);

    const steps = await db
      .selectFrom('signal_events')
      .select(['kind', 'actor_id'])
      .where('signal_id', '=', signal.id)
      .orderBy('seq')
      .execute();
    expect(steps.map((e) => e.kind)).toEqual(['created', 'done', 'reply', 'reopened', 'done']);
    expect(steps.filter((e) => e.kind !== 'done').every((e) => e.actor_id === null)).toBe(true);
    const allAudit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', signal.id).execute();
    expect(allAudit.filter((a) => a.actor_id === author)).toEqual([]);
  });

  it('leaves only the hour of an anonymous author’s steps, and never touches their session', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1');
    const { signal, followToken } = await raise(staff, {
      unitId: s.units.unitA1,
      text: 'Schemat läggs om utan att vi tillfrågas.',
      anonymous: true,
    });
    const manager = await as('managerA');
    await manager('POST', `/api/v1/signals/${signal.id}/answers`, { type: 'done', text: 'Vi har sett över det.' });
    // The author follows it while signed in, from a session last seen five minutes ago.
    const lastSeen = new Date(Date.now() - 5 * 60_000).toISOString();
    await db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeen })
      .where('person_id', '=', s.people.staffA1.id)
      .execute();
    const follow = { 'x-follow-token': followToken ?? '' };
    expect((await staff('GET', '/api/v1/signals/follow', undefined, follow)).statusCode).toBe(200);
    const replied = await staff('POST', '/api/v1/signals/follow/replies', { text: 'Det gäller nästa månad.' }, follow);
    expect(replied.statusCode, replied.body).toBe(200);
    expect((await staff('POST', '/api/v1/signals/follow/reopen', { text: 'Inget hände.' }, follow)).statusCode).toBe(
      200,
    );
    const sessions = await db
      .selectFrom('sessions')
      .select('last_seen_at')
      .where('person_id', '=', s.people.staffA1.id)
      .execute();
    expect(sessions.map((x) => x.last_seen_at)).toEqual([lastSeen]);

    const onTheHour = (iso: string) => iso.endsWith(':00:00.000Z');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'at', 'request_id'])
      .where('entity_id', '=', signal.id)
      .where('actor_id', 'is', null)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['signal.created', 'signal.reopened', 'signal.reply']);
    for (const entry of audit) {
      expect(onTheHour(entry.at), entry.action).toBe(true);
      // A request id would lead to the server log's line for the request, with its exact time.
      expect(entry.request_id, entry.action).toBeNull();
    }
    const events = await db
      .selectFrom('signal_events')
      .select(['kind', 'created_at'])
      .where('signal_id', '=', signal.id)
      .where('actor_role', '=', 'author')
      .execute();
    expect(events.map((e) => e.kind).sort()).toEqual(['created', 'reopened', 'reply']);
    expect(events.filter((e) => !onTheHour(e.created_at))).toEqual([]);
    const row = await db
      .selectFrom('signals')
      .select(['updated_at', 'due_at'])
      .where('id', '=', signal.id)
      .executeTakeFirstOrThrow();
    expect(onTheHour(row.updated_at)).toBe(true);
    const notices = await db
      .selectFrom('notifications')
      .select(['kind', 'created_at', 'emailed_at'])
      .where('person_id', '=', s.people.managerA.id)
      .where('kind', 'in', ['signals.new', 'signals.reply', 'signals.reopened'])
      .execute();
    expect(notices.map((n) => n.kind).sort()).toEqual(['signals.new', 'signals.reopened', 'signals.reply']);
    for (const n of notices) {
      expect(onTheHour(n.created_at), n.kind).toBe(true);
      if (n.emailed_at !== null) expect(onTheHour(n.emailed_at), n.kind).toBe(true);
    }
    const outbox = await db
      .selectFrom('outbox')
      .select('created_at')
      .where('person_id', '=', s.people.managerA.id)
      .execute();
    expect(outbox.filter((o) => !onTheHour(o.created_at))).toEqual([]);
    // The hash chain orders entries by position, not time: hour-old times break nothing.
    const { verifyAuditChain } = await import('../../platform/audit-verify.js');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('answers 404 to a wrong, missing or guessed follow key, and never takes the key from the URL', async () => {
    const { app } = await start();
    for (const headers of [{}, { [followTokenHeader]: 'short' }, { [followTokenHeader]: 'A'.repeat(43) }]) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/signals/follow', headers });
      expect(res.statusCode).toBe(404);
      expect(problemSchema.parse(res.json()).code).toBe('notFound');
    }
    const inUrl = await app.inject({ method: 'GET', url: `/api/v1/signals/follow?token=${'A'.repeat(43)}` });
    expect(inUrl.statusCode).toBe(404);
  });
});
