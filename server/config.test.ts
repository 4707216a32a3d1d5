// Configuration from the environment: sensible defaults, and a bad value stops the start with a
// message that names the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const key = 'k'.repeat(32);

describe('loadConfig', () => {
  it('starts with defaults from an empty environment, and ignores empty values', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_URL: 'sqlite:./data/tillit.db',
      JOBS_ENABLED: true,
      cookieSecure: false,
    });
  });

  it('reads numbers, booleans and URLs', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://db.example/tillit',
      JOBS_ENABLED: 'no',
      NODE_ENV: 'production',
      DIGEST_HOUR_UTC: '23',
      SECRET_KEY: key,
    });
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgres://db.example/tillit',
      JOBS_ENABLED: false,
      DIGEST_HOUR_UTC: 23,
    });
    // Production means HTTPS; outside it, Secure cookies can be asked for.
    expect(config.cookieSecure).toBe(true);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
  });

  it('refuses COOKIE_SECURE=false in production, and allows it elsewhere', () => {
    expect(failure({ NODE_ENV: 'production', COOKIE_SECURE: 'false', SECRET_KEY: key }).message).toMatch(
      /^\s*COOKIE_SECURE: cannot be false in production/m,
    );
    expect(loadConfig({ NODE_ENV: 'development', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('trusts no proxy by default, and reads a list of proxy addresses and ranges', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const wrong of ['true', '*', '1', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/9', '::1/129'])
      expect(failure({ TRUST_PROXY: wrong }).message, wrong).toMatch(/^\s*TRUST_PROXY: /m);
  });

  it('requires a secret key in production and all three OpenID Connect settings or none', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID/);
    expect(loadConfig({}).SECRET_KEY.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the roles that must use a second factor, or none, and names an unknown role', () => {
    expect(loadConfig({}).MFA_REQUIRED_ROLES).toEqual(['admin', 'analyst', 'safety_rep', 'case_handler', 'auditor']);
    expect(loadConfig({ MFA_REQUIRED_ROLES: 'admin' }).MFA_REQUIRED_ROLES).toEqual(['admin']);
    expect(loadConfig({ MFA_REQUIRED_ROLES: 'none' }).MFA_REQUIRED_ROLES).toEqual([]);
    expect(() => loadConfig({ MFA_REQUIRED_ROLES: 'admin,wizard' })).toThrow(
      /MFA_REQUIRED_ROLES: unknown role\(s\): wizard/,
    );
  });

  it('refuses to start in production when administrators could sign in without a second factor', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY: key };
    for (const roles of ['none', 'analyst,auditor'])
      expect(failure({ ...production, MFA_REQUIRED_ROLES: roles }).message).toMatch(
        /^\s*MFA_REQUIRED_ROLES: must include admin in production/m,
      );
    // Roles can be added to admin, and the default includes it.
    expect(loadConfig({ ...production, MFA_REQUIRED_ROLES: 'admin,politician' }).MFA_REQUIRED_ROLES).toEqual([
      'admin',
      'politician',
    ]);
    expect(loadConfig(production).MFA_REQUIRED_ROLES).toContain('admin');
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s and names PORT', (port) => {
    const error = failure({ PORT: port });
    expect(error.message).toMatch(/^\s*PORT: /m);
    expect(error.message).not.toMatch(/DATABASE_URL/);
  });

  it.each(['mysql://db/tillit', 'tillit.db', 'http://db.example'])(
    'refuses DATABASE_URL=%s and names DATABASE_URL',
    (url) => {
      const error = failure({ DATABASE_URL: url });
      expect(error.message).toMatch(/^\s*DATABASE_URL: must start with sqlite:, postgres:\/\/ or postgresql:\/\//m);
      expect(error.message).not.toMatch(/PORT/);
    },
  );

  it('names every bad variable at once', () => {
    const error = failure({
      PORT: 'x',
      DATABASE_URL: 'oracle://x',
      LOG_LEVEL: 'loud',
      SMTP_URL: 'http://mail',
      DIGEST_HOUR_UTC: '24',
      JOBS_ENABLED: 'perhaps',
    });
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SMTP_URL', 'DIGEST_HOUR_UTC', 'JOBS_ENABLED'])
      expect(error.message).toMatch(new RegExp(`^\\s*${name}: `, 'm'));
  });

  it('does not echo secrets from the values it refuses', () => {
    const error = failure({ DATABASE_URL: 'mysql://admin:hunter2@db/tillit' });
    expect(error.message).not.toContain('hunter2');
  });
});
