import { describe, expect, it } from 'vitest';
import { secretBox } from './secret-box.js';

const key = 'a secret key of at least thirty-two characters';

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, and never writes the same text twice', () => {
    const box = secretBox(key);
    const a = box.seal('JBSWY3DPEHPK3PXP', 'person-1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'person-1');
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(box.open(a, 'person-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another row and any change to the stored text', () => {
    const sealed = secretBox(key).seal('JBSWY3DPEHPK3PXP', 'person-1');
    expect(() => secretBox(`${key}!`).open(sealed, 'person-1')).toThrow();
    expect(() => secretBox(key).open(sealed, 'person-2')).toThrow();
    const [v, nonce, tag, body = ''] = sealed.split(':');
    const bytes = Buffer.from(body, 'base64url');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const flipped = bytes.toString('base64url');
    expect(() => secretBox(key).open([v, nonce, tag, flipped].join(':'), 'person-1')).toThrow();
    expect(() => secretBox(key).open('plain text', 'person-1')).toThrow();
  });
});
