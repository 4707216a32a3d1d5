import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
  type TotpAlgorithm,
} from './totp.js';

// RFC 6238 appendix B: the seeds are the ASCII digits repeated to the key size of each hash.
const seeds: Record<TotpAlgorithm, string> = {
  sha1: '12345678901234567890',
  sha256: '12345678901234567890123456789012',
  sha512: '1234567890123456789012345678901234567890123456789012345678901234',
};

const vectors: Array<[number, TotpAlgorithm, string]> = [
  [59, 'sha1', '94287082'],
  [59, 'sha256', '46119246'],
  [59, 'sha512', '90693936'],
  [1111111109, 'sha1', '07081804'],
  [1111111109, 'sha256', '68084774'],
  [1111111109, 'sha512', '25091201'],
  [1111111111, 'sha1', '14050471'],
  [1111111111, 'sha256', '67062674'],
  [1111111111, 'sha512', '99943326'],
  [1234567890, 'sha1', '89005924'],
  [1234567890, 'sha256', '91819424'],
  [1234567890, 'sha512', '93441116'],
  [2000000000, 'sha1', '69279037'],
  [2000000000, 'sha256', '90698825'],
  [2000000000, 'sha512', '38618901'],
  [20000000000, 'sha1', '65353130'],
  [20000000000, 'sha256', '77737706'],
  [20000000000, 'sha512', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at %i s with %s gives %s (appendix B)', (seconds, algorithm, expected) => {
    const secret = base32Encode(Buffer.from(seeds[algorithm], 'ascii'));
    const step = totpStep(seconds * 1000);
    expect(totpCode(secret, step, { algorithm, digits: 8 })).toBe(expected);
    expect(verifyTotp(secret, expected, seconds * 1000, 0, { algorithm, digits: 8 })).toBe(step);
  });

  it('uses the authenticator defaults: SHA-1, 30 s, the last 6 digits of the 8-digit value', () => {
    const secret = base32Encode(Buffer.from(seeds.sha1, 'ascii'));
    expect(totpCode(secret, totpStep(59_000))).toBe('287082');
    expect(totpStep(59_000)).toBe(1);
  });

  it('round-trips base32 and reads it as people type it', () => {
    const bytes = Buffer.from('any bytes at all, of odd length!', 'utf8');
    const encoded = base32Encode(bytes);
    expect(encoded).toMatch(/^[A-Z2-7]+$/);
    expect(base32Decode(encoded)).toEqual(bytes);
    expect(base32Decode(encoded.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI'); // RFC 4648 section 10
    expect(() => base32Decode('not base32 1')).toThrow();
  });

  it('makes 160-bit secrets that differ every time', () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(a);
  });

  it('accepts the previous and the next step for clock drift, and nothing further', () => {
    const secret = generateTotpSecret();
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    for (const offset of [-1, 0, 1])
      expect(verifyTotp(secret, totpCode(secret, step + offset), now, 0)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(verifyTotp(secret, totpCode(secret, step + offset), now, 0)).toBeNull();
  });

  it('refuses a code whose step is at or before the last accepted one, also inside the drift window', () => {
    const secret = generateTotpSecret();
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const code = totpCode(secret, step);
    expect(verifyTotp(secret, code, now, step - 1)).toBe(step);
    expect(verifyTotp(secret, code, now, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, step - 1), now, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses malformed codes and accepts the spaced form apps show', () => {
    const secret = generateTotpSecret();
    const now = Date.now();
    const code = totpCode(secret, totpStep(now));
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0)).toBe(totpStep(now));
    expect(verifyTotp(secret, '12345', now, 0)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now, 0)).toBeNull();
    expect(verifyTotp(secret, `${code}0`, now, 0)).toBeNull();
  });

  it('writes an otpauth URI authenticator apps understand', () => {
    const uri = new URL(otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', account: 'karin@exempelby.se', issuer: 'Tillit' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Tillit:karin@exempelby.se');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Tillit',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
