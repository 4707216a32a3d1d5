// Recovery codes: ten single-use codes for the day the phone is lost. Each is 12 characters from
// a 32-letter alphabet without look-alikes (no 0/O, 1/I), so 60 random bits, shown in groups of
// four for reading aloud ("K7QM-2XHD-RP4W"). Only their SHA-256 is stored: with 60 random bits,
// single use and throttling, a slow hash would add nothing.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const recoveryCodeCount = 10;
const codeLength = 12;

export function generateRecoveryCode(): string {
  const bytes = randomBytes(codeLength);
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every letter equally likely.
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length] ?? '');
  return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/** As people type it: any case, with or without dashes and spaces. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  const clean = normaliseRecoveryCode(code);
  return clean.length === codeLength && [...clean].every((c) => alphabet.includes(c));
}

const hashOf = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** Replaces every code the person had with ten new ones and returns them, the only time they are seen. */
export async function replaceRecoveryCodes(db: Db, personId: string, now: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, generateRecoveryCode);
  await db.deleteFrom('mfa_recovery_codes').where('person_id', '=', personId).execute();
  await db
    .insertInto('mfa_recovery_codes')
    .values(
      codes.map((code) => ({
        id: randomUUID(),
        person_id: personId,
        code_hash: hashOf(code),
        created_at: now,
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Uses up one code; true only for the one request that marked it used. */
export async function consumeRecoveryCode(db: Db, personId: string, code: string, now: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const result = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('person_id', '=', personId)
    .where('code_hash', '=', hashOf(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function unusedRecoveryCodes(db: Db, personId: string): Promise<number> {
  const row = await db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
