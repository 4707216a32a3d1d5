// Argon2id password hashing (the library's default algorithm; its const enum cannot be imported
// under verbatimModuleSyntax, and a test asserts the $argon2id$ prefix). Parameters follow OWASP's
// recommendation for argon2id: 19 MiB memory, 2 iterations, 1 lane.
import { hash, verify } from '@node-rs/argon2';

const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** A hash of a password nobody knows, so unknown accounts cost the same time as known ones. */
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoyHash ??= hashPassword('decoy-password-that-never-matches');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
