// Access request (GDPR art. 15): an administrator downloads everything Tillit holds about one
// person, with no secrets in it, in their own language, and the download is audited.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { accessRequestFileSchema } from '../../../common/platform/privacy.js';
import sv from '../../../common/i18n/sv/privacy.js';
import en from '../../../common/i18n/en/privacy.js';
import { digest } from '../auth/sessions.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { accessRequestSections, registerAccessRequestSection } from './access-request-registry.js';

/** Values that must never leave the server, whatever the section. */
const secrets = {
  totp: 'totp-secret-ciphertext-7f3a',
  recovery: 'recovery-code-hash-91bc',
  apiToken: digest('tillit_never-in-an-export'),
};

/** A later module's section; one object, registered by the suite on each database. */
const section = {
  key: 'testModule',
  title: { namespace: 'privacy' as const, key: 'title' },
  collect: async ({ personId }: { personId: string }) => ({ seenFor: personId }),
};

describeOnDatabases('access request', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  async function seedStaffA1Data(db: ReturnType<typeof database>['db'], personId: string, adminId: string) {
    const now = new Date().toISOString();
    await db
      .insertInto('mfa_totp')
      .values({ person_id: personId, secret_enc: secrets.totp, confirmed_at: now, last_step: 0, created_at: now })
      .execute();
    await db
      .insertInto('mfa_recovery_codes')
      .values({ id: randomUUID(), person_id: personId, code_hash: secrets.recovery, created_at: now, used_at: null })
      .execute();
    await db
      .insertInto('person_identities')
      .values({
        issuer: 'https://idp.testby.se',
        subject: 'sub-4711',
        person_id: personId,
        created_at: now,
        last_used_at: null,
      })
      .execute();
    await db
      .insertInto('api_tokens')
      .values({
        id: randomUUID(),
        name: 'Lönesystemet',
        token_hash: secrets.apiToken,
        scopes_json: '["org:read"]',
        created_by: personId,
        created_at: now,
        expires_at: null,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    await db
      .insertInto('notifications')
      .values({
        id: randomUUID(),
        person_id: personId,
        kind: 'membershipAdded',
        params_json: '{"unit":"Enhet A1"}',
        link: '/org',
        created_at: now,
        read_at: null,
        emailed_at: null,
      })
      .execute();
    await db
      .insertInto('outbox')
      .values({
        id: randomUUID(),
        person_id: personId,
        to_address: 'staffa1@testby.se',
        subject: 'Du har lagts till i Enhet A1',
        body: 'Hej!',
        created_at: now,
        status: 'sent',
        attempts: 1,
        lease_until: null,
        sent_at: now,
        last_error: null,
      })
      .execute();
    await db
      .insertInto('confidential_records')
      .values({
        entity_type: 'mandate',
        entity_id: randomUUID(),
        reason: 'OSL 39 kap.',
        marked_by: personId,
        marked_at: now,
      })
      .execute();
    await db
      .insertInto('audit_log')
      .values({
        at: now,
        actor_id: adminId,
        action: 'person.update',
        entity_type: 'person',
        entity_id: personId,
        before_json: '{"title":""}',
        after_json: '{"title":"Undersköterska"}',
        request_id: null,
      })
      .execute();
    // Something staffA1 did to someone else: listed, but without the other record's contents.
    await db
      .insertInto('audit_log')
      .values({
        at: now,
        actor_id: personId,
        action: 'unit.update',
        entity_type: 'unit',
        entity_id: randomUUID(),
        before_json: '{"name":"Annan persons uppgift"}',
        after_json: '{"name":"Ny"}',
        request_id: null,
      })
      .execute();
  }

  it('gives an administrator one JSON file with every section, no secrets, and the anonymity statement', async () => {
    const { s, as, db } = await start();
    const staff = await as('staffA1'); // a session of their own, to be listed
    expect((await staff('GET', '/api/v1/me')).statusCode).toBe(200);
    await seedStaffA1Data(db, s.people.staffA1.id, s.people.admin.id);
    const now = new Date().toISOString();
    for (const [title, holderRole] of [
      ['Beställa förbrukningsmaterial', 'staff'],
      ['Anställa vikarier', 'manager'],
    ] as const)
      await db
        .insertInto('mandates')
        .values({
          id: randomUUID(),
          unit_id: s.units.unitA1,
          holder_role: holderRole,
          title,
          description: '',
          delegated_by: '',
          active: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
    const admin = await as('admin');
    const res = await admin('GET', `/api/v1/people/${s.people.staffA1.id}/access-request`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="tillit-access-request-[\d-]+-\w{8}\.json"$/,
    );
    const file = accessRequestFileSchema.parse(JSON.parse(res.body));
    expect(file.subject).toEqual({ id: s.people.staffA1.id, name: 'Person staffA1' });
    expect(file.requestedBy.id).toBe(s.people.admin.id);
    expect(file.anonymousData).toBe(sv.accessRequest.anonymousData);
    expect(file.sections.map((x) => x.key)).toEqual(accessRequestSections.map((x) => x.key));
    const section = (key: string) => file.sections.find((x) => x.key === key)?.data;

    expect(section('profile')).toMatchObject({ email: s.people.staffA1.email, hasPassword: true, active: true });
    expect(section('memberships')).toEqual([
      expect.objectContaining({ unitId: s.units.unitA1, role: 'staff', endedAt: null }),
    ]);
    // Held as staff of unitA1; the manager's mandate is not theirs.
    expect(section('mandates')).toEqual([
      expect.objectContaining({ title: 'Beställa förbrukningsmaterial', unitId: s.units.unitA1, confidential: false }),
    ]);
    expect(section('sessions')).toEqual([expect.objectContaining({ method: 'password', stage: 'full' })]);
    expect(section('secondFactor')).toMatchObject({ enrolled: true, recoveryCodes: { issued: 1, used: 0 } });
    expect(section('identities')).toEqual([
      expect.objectContaining({ issuer: 'https://idp.testby.se', subject: 'sub-4711' }),
    ]);
    expect(section('apiTokens')).toEqual([expect.objectContaining({ name: 'Lönesystemet', scopes: ['org:read'] })]);
    expect(section('notifications')).toEqual([expect.objectContaining({ kind: 'membershipAdded' })]);
    expect(section('emails')).toEqual([expect.objectContaining({ subject: 'Du har lagts till i Enhet A1' })]);
    expect(section('confidentialMarkings')).toEqual([expect.objectContaining({ reason: 'OSL 39 kap.' })]);
    // Their own sign-in (by and about them), a change to them by the administrator, and a change
    // they made to a unit: what and when, not the unit's contents.
    expect(section('audit')).toEqual([
      expect.objectContaining({ action: 'auth.login', byThem: true, aboutThem: true }),
      expect.objectContaining({
        action: 'person.update',
        actorId: s.people.admin.id,
        byThem: false,
        aboutThem: true,
        before: { title: '' },
        after: { title: 'Undersköterska' },
      }),
      expect.objectContaining({ action: 'unit.update', entityType: 'unit', byThem: true, aboutThem: false }),
    ]);
    const byThemOnly = JSON.stringify(section('audit')).split('"action":"unit.update"')[1] ?? '';
    expect(byThemOnly).not.toMatch(/"before"|"after"|"actorId"/);

    const sessionHashes = await db.selectFrom('sessions').select('id').execute();
    const passwordHash = await db
      .selectFrom('people')
      .select('password_hash')
      .where('id', '=', s.people.staffA1.id)
      .executeTakeFirstOrThrow();
    for (const secret of [
      ...Object.values(secrets),
      ...sessionHashes.map((r) => r.id),
      passwordHash.password_hash ?? 'x',
    ])
      expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain('Annan persons uppgift');

    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'person.export').execute();
    expect(audit).toEqual([
      expect.objectContaining({ actor_id: s.people.admin.id, entity_type: 'person', entity_id: s.people.staffA1.id }),
    ]);
    expect(JSON.parse(audit[0]?.after_json ?? 'null')).toMatchObject({ purpose: 'access_request' });
  });

  it('speaks the language of the administrator who asks', async () => {
    const { s, as } = await start();
    const admin = await as('admin');
    const res = await admin('GET', `/api/v1/people/${s.people.staffB1.id}/access-request`, undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    const file = accessRequestFileSchema.parse(JSON.parse(res.body));
    expect(file.language).toBe('en');
    expect(file.anonymousData).toBe(en.accessRequest.anonymousData);
    expect(file.sections.find((x) => x.key === 'memberships')?.title).toBe(en.accessRequest.sections.memberships);
  });

  it('refuses everyone but administrators, answers 404 for an unknown person, and audits neither', async () => {
    const { s, as, db } = await start();
    for (const who of ['analyst', 'managerA', 'staffA1'] as const) {
      const res = await (await as(who))('GET', `/api/v1/people/${s.people.staffA1.id}/access-request`);
      expect(res.statusCode, who).toBe(403);
    }
    const admin = await as('admin');
    expect((await admin('GET', `/api/v1/people/${randomUUID()}/access-request`)).statusCode).toBe(404);
    expect(await db.selectFrom('audit_log').select('id').where('action', '=', 'person.export').execute()).toEqual([]);
  });

  it('takes a later module’s section with one registration', async () => {
    registerAccessRequestSection(section);
    registerAccessRequestSection(section); // the same registration twice is harmless
    expect(() => registerAccessRequestSection({ ...section })).toThrow(/registered twice/);
    const { s, as } = await start();
    const res = await (await as('admin'))('GET', `/api/v1/people/${s.people.staffA1.id}/access-request`);
    const file = accessRequestFileSchema.parse(JSON.parse(res.body));
    expect(file.sections.at(-1)).toEqual({
      key: 'testModule',
      title: sv.title,
      data: { seenFor: s.people.staffA1.id },
    });
  });
});
