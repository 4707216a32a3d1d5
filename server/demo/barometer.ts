// The demo organisation's barometer data.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function seedDemoBarometer(_trx: Kysely<Database>): Promise<void> {}
