// The burden module's tables (filled in by the burden work).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function up(_db: Kysely<Database>): Promise<void> {}
