import { describe, expect, it } from 'vitest';
import { flowCookie, openFlow, sealFlow, type OidcFlow } from './flow-cookie.js';

const key = 'a-test-secret-key-that-is-long-enough-1234';
const flow: OidcFlow = {
  state: 'state-value',
  nonce: 'nonce-value',
  verifier: 'v'.repeat(43),
  returnTo: '/org',
  linkSession: null,
  expiresAt: Date.now() + 60_000,
};

describe('the sealed OpenID Connect flow cookie', () => {
  const cookie = flowCookie(key, false);

  it('opens what it sealed, and hides it', () => {
    const sealed = sealFlow(cookie, flow);
    expect(openFlow(cookie, sealed)).toEqual(flow);
    expect(sealed).not.toContain('state-value');
    expect(sealed).not.toContain('nonce-value');
  });

  it('refuses a changed byte, another key, another cookie name and garbage', () => {
    const sealed = sealFlow(cookie, flow);
    const [iv = '', body = '', tag = ''] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(openFlow(cookie, [iv, flipped.toString('base64url'), tag].join('.'))).toBeNull();
    expect(openFlow(flowCookie(`${key}-other`, false), sealed)).toBeNull();
    expect(openFlow(flowCookie(key, true), sealed)).toBeNull();
    expect(openFlow(cookie, 'not.a.cookie')).toBeNull();
    expect(openFlow(cookie, undefined)).toBeNull();
  });

  it('refuses a flow older than its lifetime', () => {
    const sealed = sealFlow(cookie, flow);
    expect(openFlow(cookie, sealed, flow.expiresAt - 1)).toEqual(flow);
    expect(openFlow(cookie, sealed, flow.expiresAt)).toBeNull();
  });

  it('uses the __Host- prefix with Secure cookies', () => {
    expect(flowCookie(key, true).name).toBe('__Host-tillit_oidc');
    expect(flowCookie(key, false).name).toBe('tillit_oidc');
  });
});
