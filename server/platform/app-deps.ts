// What route modules receive from the app: the database and the platform services.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Config } from '../config.js';
import type { SessionPolicy } from './auth/sessions.js';
import type { NeedsMeProvider } from './home.js';
import type { CookieSettings } from './http/request-context.js';
import type { Notifier } from './notifications/notify.js';

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  sessions: SessionPolicy;
  cookie: CookieSettings;
  notifier: Notifier;
  needsMe: NeedsMeProvider[];
  /** Forget cached organisation settings (default language) after they change. */
  organisationChanged: () => void;
}
