// Encrypts small secrets at rest (second-factor seeds) with AES-256-GCM. The key is derived from
// config.SECRET_KEY with HKDF, so a copy of the database alone does not give anyone the seeds.
// Each value gets its own random 96-bit nonce; GCM's tag detects any change to the stored text.
// The person's id is bound in as additional data, so a sealed seed cannot be moved to another row.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const version = 'v1';
const keys = new Map<string, Buffer>();

function keyFrom(secretKey: string): Buffer {
  let key = keys.get(secretKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secretKey, 'tillit', 'tillit secret-box v1', 32));
    keys.set(secretKey, key);
  }
  return key;
}

export interface SecretBox {
  seal: (plaintext: string, context: string) => string;
  open: (sealed: string, context: string) => string;
}

export function secretBox(secretKey: string): SecretBox {
  const key = keyFrom(secretKey);
  return {
    seal(plaintext, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [nonce, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [version, ...parts].join(':');
    },
    open(sealed, context) {
      const [v, nonce, tag, body] = sealed.split(':');
      if (v !== version || nonce === undefined || tag === undefined || body === undefined)
        throw new Error('unknown sealed format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
