// The ordered list of migrations. Append only: never edit a migration that has shipped.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import * as foundation from './001-foundation.js';
import * as activeMembershipUnique from './002-active-membership-unique.js';
import * as security from './003-security.js';
import * as signals from './005-signals.js';
import * as privacy from './006-privacy.js';
import * as burden from './007-burden.js';
import * as barometer from './008-barometer.js';
import * as signalsCalendarMandates from './009-signals-calendar-mandates.js';

export interface MigrationContext {
  dialect: 'sqlite' | 'postgres';
}

export interface Migration {
  name: string;
  up: (db: Kysely<Database>, ctx: MigrationContext) => Promise<void>;
}

export const migrations: Migration[] = [
  { name: '001-foundation', up: foundation.up },
  { name: '002-active-membership-unique', up: activeMembershipUnique.up },
  { name: '003-security', up: security.up },
  { name: '005-signals', up: signals.up },
  { name: '006-privacy', up: privacy.up },
  { name: '007-burden', up: burden.up },
  { name: '008-barometer', up: barometer.up },
  { name: '009-signals-calendar-mandates', up: signalsCalendarMandates.up },
];
