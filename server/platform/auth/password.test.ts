import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { buildTestApp, seedScenario, sessionHeaders, signIn, testPassword } from '../../test-support/api-app.js';

type Headers = { cookie: string; 'x-csrf-token': string };

const change = (app: FastifyInstance, headers: Headers, newPassword: string, currentPassword = testPassword) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/me/password',
    headers: { ...headers, 'accept-language': 'en' },
    payload: { currentPassword, newPassword },
  });

const me = (app: FastifyInstance, headers: Headers) => app.inject({ method: 'GET', url: '/api/v1/me', headers });

/** 129 different-looking characters: not a repetition, not on any list. */
const words = 'fjällräven springer över myren medan solen går ner bakom de blå bergen i norr och vinden viner ';

describeOnDatabases('passwords', (target) => {
  const database = useTestDatabase(target);

  it('refuses new passwords that break a rule, naming the field and the rule', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const session = await signIn(app, people.staffA1.email);
    const longest = `${words}${words}`.slice(0, 128);
    const cases: Array<[string, string, string]> = [
      ['kort', 'security.passwordTooShort', 'The password must have at least 12 characters.'],
      [`${longest}x`, 'security.passwordTooLong', 'The password can have at most 128 characters.'],
      ['qwertyuiop123', 'security.passwordCommon', 'The password is too common'],
      ['dragon1234567', 'security.passwordCommon', 'The password is too common'],
      ['Välkommen2026!', 'security.passwordCommon', 'The password is too common'],
      ['i am staffa1 and proud', 'security.passwordContainsEmail', 'must not contain the e-mail address'],
      ['Testby kommun!', 'security.passwordOrganisationName', 'must not be the name of the organisation'],
      [testPassword, 'security.passwordUnchanged', 'must be different from the current one'],
    ];
    for (const [password, code, message] of cases) {
      const res = await change(app, session, password);
      expect(res.statusCode, password).toBe(422);
      const body = res.json<{ code: string; errors: Array<{ field: string; message: string }> }>();
      expect(body.code, password).toBe(code);
      expect(body.errors.map((e) => e.field)).toEqual(['newPassword']);
      expect(body.errors[0]?.message, password).toContain(message);
    }
    // Twelve characters are enough, counted as a person counts them (ö and an emoji are one each).
    expect((await change(app, session, 'björnbär🫐 ok')).statusCode).toBe(200);
    await app.close();
  });

  it('accepts 128 characters and refuses a wrong current password, counting it as a failed attempt', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const session = await signIn(app, people.staffA1.email);
    const wrong = await change(app, session, 'en helt ny lösenfras', 'not the password');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'security.wrongPassword', errors: [{ field: 'currentPassword' }] });
    const throttle = await database().db.selectFrom('auth_throttle').select('failures').execute();
    expect(throttle).toEqual([{ failures: 1 }, { failures: 1 }]);
    const longest = `${words}${words}`.slice(0, 128);
    const ok = await change(app, session, longest);
    expect(ok.statusCode).toBe(200);
    await app.close();
  });

  it('ends every other session of the person and renews the one that changed it', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const phone = await signIn(app, people.staffA1.email);
    const laptop = await signIn(app, people.staffA1.email);
    const other = await signIn(app, people.staffB1.email);
    const res = await change(app, laptop, 'tre ord som inte hör ihop');
    expect(res.statusCode).toBe(200);
    const renewed = sessionHeaders(res);
    expect(renewed.cookie).not.toBe(laptop.cookie);
    expect((await me(app, renewed)).statusCode).toBe(200);
    expect((await me(app, laptop)).statusCode).toBe(401);
    expect((await me(app, phone)).statusCode).toBe(401);
    expect((await me(app, other)).statusCode).toBe(200);
    const login = (password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: people.staffA1.email, password } });
    expect((await login(testPassword)).statusCode).toBe(401);
    expect((await login('tre ord som inte hör ihop')).statusCode).toBe(200);
    const { db } = database();
    const person = await db
      .selectFrom('people')
      .select('password_changed_at')
      .where('id', '=', people.staffA1.id)
      .executeTakeFirstOrThrow();
    expect(person.password_changed_at).not.toBeNull();
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.password.changed').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('tre ord');
    await app.close();
  });

  it('applies the rules at first-run setup', async () => {
    const app = await buildTestApp(database());
    const setup = (adminPassword: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: {
          organisationName: 'Nyby kommun',
          defaultLocale: 'sv',
          adminName: 'Åsa',
          adminEmail: 'asa.admin@nyby.se',
          adminPassword,
        },
      });
    for (const [password, code] of [
      ['lösenord2026', 'security.passwordCommon'],
      ['asa.admin är bäst', 'security.passwordContainsEmail'],
      ['Nyby kommun 2026', 'security.passwordOrganisationName'],
    ]) {
      const res = await setup(password ?? '');
      expect(res.statusCode, password).toBe(422);
      expect(res.json()).toMatchObject({ code, errors: [{ field: 'adminPassword' }] });
    }
    expect(await database().db.selectFrom('organisation').select('id').execute()).toEqual([]);
    expect((await setup('en lång och ovanlig mening')).statusCode).toBe(200);
    await app.close();
  });

  it('lets an administrator set another person’s password, which signs that person out', async () => {
    const { people } = await seedScenario(database());
    const app = await buildTestApp(database());
    const admin = await signIn(app, people.admin.email);
    const person = await signIn(app, people.staffA1b.email);
    const set = (id: string, newPassword: string) =>
      app.inject({ method: 'POST', url: `/api/v1/people/${id}/password`, headers: admin, payload: { newPassword } });
    expect((await set(people.staffA1b.id, 'password1234')).statusCode).toBe(422);
    expect((await set(people.admin.id, 'ett nytt lösenord här')).json()).toMatchObject({
      code: 'security.setOwnPassword',
    });
    expect((await set(people.staffA1b.id, 'ett nytt lösenord här')).statusCode).toBe(200);
    expect((await me(app, person)).statusCode).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: people.staffA1b.email, password: 'ett nytt lösenord här' },
    });
    expect(login.statusCode).toBe(200);
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'person.password.set')
      .execute();
    expect(audit).toEqual([{ actor_id: people.admin.id, entity_id: people.staffA1b.id }]);
    await app.close();
  });
});
