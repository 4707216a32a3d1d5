// All catalogs, eagerly, for the server and tests. The web app loads one language at a time.
import type { Locale } from './locales.js';
import type { Catalog } from './translate.js';
import sv from './sv/index.js';
import nb from './nb/index.js';
import da from './da/index.js';
import en from './en/index.js';

export const namespaces = [
  'errors',
  'platform',
  'org',
  'security',
  'identity',
  'audit',
  'privacy',
  'tokens',
  'signals',
  'burden',
  'barometer',
] as const;
export type Namespace = (typeof namespaces)[number];

export const catalogs: Record<Locale, Record<Namespace, Catalog>> = { sv, nb, da, en };
