// Notifications as a person meets them (in the app and by e-mail), and the outbox as an operator
// relies on it: written with the change that caused it, delivered once, retried after a failure.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { notificationListSchema } from '../../../common/platform/notifications.js';
import { problemSchema } from '../../../common/platform/problem.js';
import { openDatabase, type DbHandle } from '../../db/index.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { withSearchPath } from '../../test-support/postgres.js';
import { useScenarioApp, type Caller } from '../../test-support/api-app.js';
import { translate } from '../i18n.js';
import { deliverOutbox, fileMailer, type Mailer, type OutgoingMail } from './delivery.js';
import { writeDigests } from './digest.js';
import { createNotifier } from './notify.js';

const publicUrl = 'http://localhost:3000';

describeOnDatabases('notifications and the outbox', (target) => {
  const database = useTestDatabase(target);
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const start = useScenarioApp(database);

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tillit-outbox-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  const list = async (call: Caller) => {
    const res = await call('GET', '/api/v1/notifications');
    expect(res.statusCode).toBe(200);
    return notificationListSchema.parse(res.json());
  };
  const outboxOf = (personId: string) =>
    database().db.selectFrom('outbox').selectAll().where('person_id', '=', personId).orderBy('created_at').execute();
  /** Queues a notification (and its e-mail) for each person, as adding them to a unit would. */
  const notifyAdded = async (people: ReadonlyArray<{ id: string }>) => {
    const notifier = createNotifier({ publicUrl, defaultLocale: 'sv' });
    const { db } = database();
    for (const person of people)
      await db.transaction().execute((trx) =>
        notifier.notify(trx, {
          personId: person.id,
          kind: 'membershipAdded',
          params: { unitName: 'Enhet A' },
          link: '/org',
        }),
      );
  };
  const addMember = async (admin: Caller, personId: string, unitId: string) => {
    const res = await admin('POST', `/api/v1/people/${personId}/memberships`, { unitId, role: 'staff' });
    expect(res.statusCode).toBe(200);
  };

  it('tells a person they were added to a unit, in the app and with one e-mail in their language', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const staff = await as('staffB1');
    expect(await list(staff)).toEqual({ items: [], unread: 0 });
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);

    const mine = await list(staff);
    expect(mine.unread).toBe(1);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'membershipAdded',
      params: { unitName: 'Enhet A1' },
      link: `/org/units/${s.units.unitA1}`,
      read: false,
    });
    // Nobody else sees it.
    expect((await list(admin)).items).toEqual([]);

    const mail = await outboxOf(s.people.staffB1.id);
    expect(mail).toHaveLength(1);
    const text = translate('sv', 'platform', 'notificationKinds.membershipAdded', { unitName: 'Enhet A1' });
    expect(text).toContain('Enhet A1');
    expect(mail[0]).toMatchObject({
      to_address: s.people.staffB1.email,
      status: 'pending',
      attempts: 0,
      subject: `Tillit: ${text}`,
    });
    expect(mail[0]?.body).toContain(`${publicUrl}/org/units/${s.units.unitA1}`);
    expect(mail[0]?.body).toContain(translate('sv', 'platform', 'email.footer'));
    expect(mail[0]?.body).not.toMatch(/notificationKinds|email\.footer/);

    // A person who chose English gets the e-mail in English.
    const english = await as('staffA1');
    expect((await english('PATCH', '/api/v1/me/preferences', { locale: 'en' })).statusCode).toBe(200);
    await addMember(admin, s.people.staffA1.id, s.units.unitB1);
    const englishMail = await outboxOf(s.people.staffA1.id);
    expect(englishMail.map((m) => m.subject)).toEqual([
      `Tillit: ${translate('en', 'platform', 'notificationKinds.membershipAdded', { unitName: 'Enhet B1' })}`,
    ]);
    expect(englishMail[0]?.subject).not.toBe(mail[0]?.subject.replace('Enhet A1', 'Enhet B1'));
    expect(await db.selectFrom('notifications').select('id').execute()).toHaveLength(2);
  });

  it('writes a notification and its e-mail in the caller’s transaction: both or neither', async () => {
    const { s, db } = await start();
    const notifier = createNotifier({ publicUrl, defaultLocale: 'sv' });
    const input = {
      personId: s.people.staffA1.id,
      kind: 'membershipAdded',
      params: { unitName: 'Enhet X' },
      link: '/org/units/x',
    };
    await expect(
      db.transaction().execute(async (trx) => {
        await notifier.notify(trx, input);
        throw new Error('the change that caused it failed');
      }),
    ).rejects.toThrow('the change that caused it failed');
    expect(await db.selectFrom('notifications').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('outbox').select('id').execute()).toEqual([]);

    await db.transaction().execute((trx) => notifier.notify(trx, input));
    expect(await db.selectFrom('notifications').select('id').execute()).toHaveLength(1);
    expect(await outboxOf(s.people.staffA1.id)).toHaveLength(1);
  });

  it('in digest mode sends nothing at once, then one message per person listing everything, exactly once', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const digestB = await as('staffB1');
    const digestA = await as('staffA1');
    expect((await digestB('PATCH', '/api/v1/me/preferences', { notificationMode: 'digest' })).statusCode).toBe(200);
    expect(
      (await digestA('PATCH', '/api/v1/me/preferences', { notificationMode: 'digest', locale: 'da' })).statusCode,
    ).toBe(200);
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);
    await addMember(admin, s.people.staffB1.id, s.units.teamA1a);
    await addMember(admin, s.people.staffA1.id, s.units.unitB1);
    await addMember(admin, s.people.managerB.id, s.units.unitA1); // immediate: already has its e-mail
    await addMember(admin, s.people.staffA1b.id, s.units.unitB1);
    const read = await as('staffA1b');
    expect((await read('PATCH', '/api/v1/me/preferences', { notificationMode: 'digest' })).statusCode).toBe(200);
    // staffA1b's notification was e-mailed at once (immediate then); the digest must not repeat it.
    expect((await list(digestB)).unread).toBe(2);
    expect(await outboxOf(s.people.staffB1.id)).toEqual([]);
    expect(await outboxOf(s.people.staffA1.id)).toEqual([]);
    const outboxBefore = (await db.selectFrom('outbox').select('id').execute()).length;

    const now = new Date();
    const people = await db.transaction().execute((trx) => writeDigests(trx, now, { publicUrl, defaultLocale: 'sv' }));
    expect(people).toBe(2);
    const forB = await outboxOf(s.people.staffB1.id);
    expect(forB).toHaveLength(1);
    expect(forB[0]?.subject).toBe(`Tillit: ${translate('sv', 'platform', 'email.digestSubject', { count: 2 })}`);
    expect(forB[0]?.subject).toContain('2');
    for (const unit of [s.units.unitA1, s.units.teamA1a])
      expect(forB[0]?.body).toContain(`${publicUrl}/org/units/${unit}`);
    expect(forB[0]?.body).toContain(
      translate('sv', 'platform', 'notificationKinds.membershipAdded', { unitName: 'Enhet A1' }),
    );
    expect(forB[0]?.body).toContain(
      translate('sv', 'platform', 'notificationKinds.membershipAdded', { unitName: 'Enhet A1a' }),
    );
    const forA = await outboxOf(s.people.staffA1.id);
    expect(forA.map((m) => m.subject)).toEqual([
      `Tillit: ${translate('da', 'platform', 'email.digestSubject', { count: 1 })}`,
    ]);
    expect(await outboxOf(s.people.staffA1b.id)).toHaveLength(1);
    expect((await db.selectFrom('outbox').select('id').execute()).length).toBe(outboxBefore + 2);

    const again = await db
      .transaction()
      .execute((trx) => writeDigests(trx, new Date(now.getTime() + 86_400_000), { publicUrl, defaultLocale: 'sv' }));
    expect(again).toBe(0);
    expect((await db.selectFrom('outbox').select('id').execute()).length).toBe(outboxBefore + 2);
  });

  it('leaves out of the digest what the person has already read', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    const staff = await as('staffB1');
    expect((await staff('PATCH', '/api/v1/me/preferences', { notificationMode: 'digest' })).statusCode).toBe(200);
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);
    expect((await staff('POST', '/api/v1/notifications/read-all')).statusCode).toBe(200);
    expect(
      await db.transaction().execute((trx) => writeDigests(trx, new Date(), { publicUrl, defaultLocale: 'sv' })),
    ).toBe(0);
    expect(await outboxOf(s.people.staffB1.id)).toEqual([]);
  });

  it('delivers the outbox to files: one .eml per row, named by its id, and marks the rows sent', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);
    await addMember(admin, s.people.staffA1.id, s.units.unitB1);
    const rows = await db.selectFrom('outbox').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(2);
    const dir = await tempDir();
    const mailer = fileMailer(dir, 'Tillit <no-reply@testby.se>');

    expect(await deliverOutbox(db, mailer)).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(rows.map((r) => `${r.id}.eml`).sort());
    for (const row of rows) {
      const eml = await readFile(join(dir, `${row.id}.eml`), 'utf8');
      expect(eml).toContain(`Message-ID: <${row.id}@tillit>\r\n`);
      expect(eml).toContain(`To: ${row.to_address}\r\n`);
      expect(eml).toContain(`Subject: ${row.subject}\r\n`);
      expect(eml).toContain('From: Tillit <no-reply@testby.se>\r\n');
      expect(eml.endsWith(row.body)).toBe(true);
    }
    const after = await db.selectFrom('outbox').select(['status', 'attempts', 'sent_at', 'lease_until']).execute();
    for (const row of after) {
      expect(row).toMatchObject({ status: 'sent', attempts: 1, lease_until: null });
      expect(row.sent_at).not.toBeNull();
    }
    expect(await deliverOutbox(db, mailer)).toBe(0);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('keeps a message pending for a later retry when the mailer fails', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);
    const failing: Mailer = {
      send: async () => {
        throw new Error('connection refused by smtp.example.com for staffb1@testby.se');
      },
    };
    expect(await deliverOutbox(db, failing)).toBe(0);
    const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lease_until: null, sent_at: null });
    // The reason is kept without the message text, which can carry addresses.
    expect(row.last_error).toBe('Error');

    const sent: OutgoingMail[] = [];
    expect(await deliverOutbox(db, { send: async (mail) => void sent.push(mail) })).toBe(1);
    expect(sent.map((m) => m.id)).toEqual([row.id]);
    expect(await db.selectFrom('outbox').select(['status', 'attempts']).executeTakeFirstOrThrow()).toEqual({
      status: 'sent',
      attempts: 2,
    });
  });

  it('takes over a message whose sender crashed once its lease has run out, and gives up after eight attempts', async () => {
    const { s, db } = await start();
    await notifyAdded([s.people.staffA1, s.people.staffB1]);
    const now = new Date();
    const minutes = (n: number) => new Date(now.getTime() + n * 60_000).toISOString();
    // One message is being sent by another process right now; the other by one that died.
    await db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, lease_until: minutes(3) })
      .where('person_id', '=', s.people.staffA1.id)
      .execute();
    await db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, lease_until: minutes(-1) })
      .where('person_id', '=', s.people.staffB1.id)
      .execute();
    const sent: string[] = [];
    expect(await deliverOutbox(db, { send: async (mail) => void sent.push(mail.to) }, now)).toBe(1);
    expect(sent).toEqual([s.people.staffB1.email]);
    const [held] = await outboxOf(s.people.staffA1.id);
    expect(held).toMatchObject({ status: 'sending', attempts: 1 });

    // Once its lease runs out it is retried, and after the eighth failed attempt it is given up.
    const failing: Mailer = {
      send: async () => {
        throw new Error('mailbox unavailable');
      },
    };
    for (let attempt = 0; attempt < 10; attempt += 1)
      await deliverOutbox(db, failing, new Date(now.getTime() + (attempt + 5) * 60 * 60_000));
    const [given] = await outboxOf(s.people.staffA1.id);
    expect(given).toMatchObject({ status: 'failed', attempts: 8, sent_at: null });
    expect(await deliverOutbox(db, { send: async (mail) => void sent.push(mail.to) })).toBe(0);
    expect(sent).toEqual([s.people.staffB1.email]);
  });

  it('sends each message exactly once when two deliveries run at the same time', async () => {
    const { s, db } = await start();
    const people = Object.values(s.people);
    await notifyAdded(people);
    const ids = (await db.selectFrom('outbox').select('id').execute()).map((r) => r.id).sort();
    expect(ids).toHaveLength(people.length);

    // On PostgreSQL the second delivery runs through its own connection pool, as a second process would.
    let second: DbHandle | undefined;
    if (target.name === 'postgres') {
      const { schema } = database();
      if (schema === undefined) throw new Error('a PostgreSQL test database has a schema');
      second = openDatabase(withSearchPath(target.url, schema));
      const handle = second;
      cleanups.push(() => handle.close());
    }
    const calls: string[] = [];
    const slowMailer: Mailer = {
      send: async (mail) => {
        calls.push(mail.id);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    };
    const results = await Promise.all([
      deliverOutbox(db, slowMailer),
      deliverOutbox(second?.db ?? db, slowMailer),
      deliverOutbox(db, slowMailer),
    ]);
    expect(calls.sort()).toEqual(ids);
    expect(results.reduce((a, b) => a + b, 0)).toBe(ids.length);
    const statuses = await db.selectFrom('outbox').select(['status', 'attempts']).execute();
    expect(statuses.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('marks one notification or all of them read, and answers another person’s notification with 404', async () => {
    const { s, as, db } = await start();
    const admin = await as('admin');
    await addMember(admin, s.people.staffB1.id, s.units.unitA1);
    await addMember(admin, s.people.staffB1.id, s.units.deptA);
    await addMember(admin, s.people.staffA1.id, s.units.unitB1);
    const owner = await as('staffB1');
    const other = await as('staffA1');
    const [first, second] = (await list(owner)).items;
    if (!first || !second) throw new Error('expected two notifications');

    const stranger = await other('POST', `/api/v1/notifications/${first.id}/read`);
    expect(stranger.statusCode).toBe(404);
    expect(problemSchema.parse(stranger.json()).code).toBe('notFound');
    expect(
      (await db.selectFrom('notifications').select('read_at').where('id', '=', first.id).executeTakeFirstOrThrow())
        .read_at,
    ).toBeNull();
    expect((await list(other)).items.map((n) => n.id)).not.toContain(first.id);
    expect((await owner('POST', `/api/v1/notifications/${crypto.randomUUID()}/read`)).statusCode).toBe(404);
    expect((await owner('POST', '/api/v1/notifications/not-an-id/read')).statusCode).toBe(404);

    expect((await owner('POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(200);
    expect((await owner('POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(200);
    const afterOne = await list(owner);
    expect(afterOne.unread).toBe(1);
    expect(afterOne.items.find((n) => n.id === first.id)?.read).toBe(true);
    expect(afterOne.items.find((n) => n.id === second.id)?.read).toBe(false);

    // Read-all touches only one's own notifications.
    expect((await owner('POST', '/api/v1/notifications/read-all')).statusCode).toBe(200);
    expect((await list(owner)).unread).toBe(0);
    expect((await list(other)).unread).toBe(1);
  });
});
