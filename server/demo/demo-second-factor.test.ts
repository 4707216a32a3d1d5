// The demo's published second factor: the sign-ins whose roles require one are enrolled with
// demoTotpSecret (sealed like any other secret), and the demo admin signs in with it.
import { expect, it } from 'vitest';
import { loginResultSchema } from '../../common/platform/auth.js';
import { totpCode, totpStep } from '../platform/auth/totp.js';
import { buildTestApp, sessionHeaders } from '../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import { demoPassword, demoTotpSecret, seedDemo } from './seed.js';

describeOnDatabases('demo second factor', (target) => {
  const database = useTestDatabase(target);

  it('enrols the sign-ins whose roles require it, and the demo admin signs in with a code', async () => {
    const { db } = database();
    const seeded = await seedDemo(db);
    const enrolled = seeded.signIns.filter((s) => s.secondFactor).map((s) => s.role);
    expect(enrolled.sort()).toEqual(['admin', 'analyst', 'auditor', 'case_handler', 'safety_rep']);
    expect(seeded.totpSecret).toBe(demoTotpSecret);
    const rows = await db.selectFrom('mfa_totp').select(['secret_enc', 'confirmed_at']).execute();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.secret_enc).not.toContain(demoTotpSecret);
      expect(row.confirmed_at).not.toBeNull();
    }

    const app = await buildTestApp(database());
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@exempelby.se', password: demoPassword },
    });
    expect(loginResultSchema.parse(login.json())).toEqual({ stage: 'mfa' });
    const verified = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: sessionHeaders(login),
      payload: { code: totpCode(demoTotpSecret, totpStep(Date.now())) },
    });
    expect(verified.statusCode).toBe(200);
    const frontline = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'medarbetare@exempelby.se', password: demoPassword },
    });
    expect(loginResultSchema.parse(frontline.json()).stage).toBe('full');
    await app.close();
  });
});
