// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), written out here with node:crypto
// because it is short and a dependency would be the larger thing to review. Authenticator apps
// expect the defaults: HMAC-SHA1, 30-second steps, 6 digits, a base32 secret of 160 bits.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface TotpOptions {
  algorithm?: TotpAlgorithm;
  digits?: number;
  stepSeconds?: number;
}

const defaults = { algorithm: 'sha1', digits: 6, stepSeconds: 30 } as const;

/** Steps either side of now that are still accepted: a phone clock a little off, or a code typed
 *  just as it changed. */
export const driftSteps = 1;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += base32Alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32Alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 as people type it: any case, with spaces or dashes, with or without padding. */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = base32Alphabet.indexOf(char);
    if (value < 0) throw new Error('not base32');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret of 160 bits (RFC 4226 recommends the HMAC's output size), in base32. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** RFC 4226 HOTP: the HMAC of the counter, dynamically truncated to `digits` decimal digits. */
export function hotp(key: Uint8Array, counter: number, options: TotpOptions = {}): string {
  const { algorithm, digits } = { ...defaults, ...options };
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The RFC 6238 time step of a moment (T = floor(unix seconds / step)). */
export function totpStep(at: Date | number, stepSeconds: number = defaults.stepSeconds): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.floor(ms / 1000 / stepSeconds);
}

/** The code of one time step, for a base32 secret. */
export function totpCode(secret: string, step: number, options: TotpOptions = {}): string {
  return hotp(base32Decode(secret), step, options);
}

/**
 * Checks a code against the steps around `at` and returns the step it belongs to, or null. A step
 * at or before `lastStep` is refused even when the code is right: a code works only once, and an
 * older one never after a newer one.
 */
export function verifyTotp(
  secret: string,
  code: string,
  at: Date | number,
  lastStep: number,
  options: TotpOptions = {},
): number | null {
  const { digits, stepSeconds } = { ...defaults, ...options };
  const given = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${digits}}$`).test(given)) return null;
  const key = base32Decode(secret);
  const now = totpStep(at, stepSeconds);
  let matched: number | null = null;
  // Every candidate is computed and compared, so the time taken does not tell which one matched.
  for (let step = now - driftSteps; step <= now + driftSteps; step += 1) {
    const expected = Buffer.from(hotp(key, step, options));
    const same = timingSafeEqual(expected, Buffer.from(given));
    if (same && step > lastStep && matched === null) matched = step;
  }
  return matched;
}

/** The otpauth:// URI authenticator apps read from the QR code (Google's Key Uri Format). */
export function otpauthUri(input: { secret: string; account: string; issuer: string }): string {
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.account)}`;
  const query = new URLSearchParams({
    secret: input.secret,
    issuer: input.issuer,
    algorithm: 'SHA1',
    digits: String(defaults.digits),
    period: String(defaults.stepSeconds),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** The secret in groups of four, easier to read and type ("JBSW Y3DP ..."). */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
