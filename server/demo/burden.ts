// The demo organisation's burden data.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function seedDemoBurden(_trx: Kysely<Database>): Promise<void> {}
