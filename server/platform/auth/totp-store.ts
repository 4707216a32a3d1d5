// The person's TOTP secret in mfa_totp, sealed with the secret box, and the one-time use of codes:
// a code is accepted by moving last_step forward with a conditional update, so of two requests
// carrying the same code (or two codes of the same step) only one can succeed, on any process.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SecretBox } from './secret-box.js';
import { verifyTotp } from './totp.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface TotpRow {
  secret: string;
  confirmed: boolean;
  confirmedAt: string | null;
  lastStep: number;
  /** The sealed text as stored, so an update can insist that the secret did not change meanwhile. */
  sealed: string;
}

export async function loadTotp(db: Db, box: SecretBox, personId: string): Promise<TotpRow | null> {
  const row = await db
    .selectFrom('mfa_totp')
    .select(['secret_enc', 'confirmed_at', 'last_step'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    secret: box.open(row.secret_enc, personId),
    confirmed: row.confirmed_at !== null,
    confirmedAt: row.confirmed_at,
    lastStep: Number(row.last_step),
    sealed: row.secret_enc,
  };
}

export async function isEnrolled(db: Db, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('mfa_totp')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Starts (or starts again) an enrolment with a new secret that is not yet confirmed. */
export async function saveUnconfirmedSecret(
  db: Db,
  box: SecretBox,
  personId: string,
  secret: string,
  now: string,
): Promise<void> {
  const values = { secret_enc: box.seal(secret, personId), confirmed_at: null, last_step: 0, created_at: now };
  await db
    .insertInto('mfa_totp')
    .values({ person_id: personId, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(values).where('mfa_totp.confirmed_at', 'is', null))
    .execute();
}

/**
 * Accepts a code of the stored secret once. With `confirm`, only an unconfirmed secret is
 * accepted and becomes confirmed; without, only a confirmed one.
 */
export async function consumeTotp(
  db: Db,
  box: SecretBox,
  personId: string,
  code: string,
  now: Date,
  options: { confirm: boolean } = { confirm: false },
): Promise<boolean> {
  const row = await loadTotp(db, box, personId);
  if (!row || row.confirmed === options.confirm) return false;
  const step = verifyTotp(row.secret, code, now, row.lastStep);
  if (step === null) return false;
  let update = db
    .updateTable('mfa_totp')
    .set(options.confirm ? { last_step: step, confirmed_at: now.toISOString() } : { last_step: step })
    .where('person_id', '=', personId)
    .where('secret_enc', '=', row.sealed)
    .where('last_step', '<', step);
  update = options.confirm ? update.where('confirmed_at', 'is', null) : update.where('confirmed_at', 'is not', null);
  const result = await update.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function removeSecondFactor(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('mfa_recovery_codes').where('person_id', '=', personId).execute();
  await db.deleteFrom('mfa_totp').where('person_id', '=', personId).execute();
}
