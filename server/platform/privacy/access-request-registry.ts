// The parts of an access request (GDPR art. 15). Each part collects what one area of Tillit holds
// about a person. A module that stores personal data adds its part with one call, where its data
// lives:
//
//   registerAccessRequestSection({
//     key: 'signals',
//     title: { namespace: 'signals', key: 'accessRequest.title' },
//     collect: async ({ db, personId }) => ...rows the person wrote, in plain fields...,
//   });
//
// Collect only what is linked to the person; never secrets, token hashes or code hashes. Data that
// is anonymous by design (survey answers, anonymous reports) is not linked and stays out.
import type { Kysely, Transaction } from 'kysely';
import type { Namespace } from '../../../common/i18n/catalogs.js';
import type { Locale } from '../../../common/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { accountSections } from './access-request-account.js';
import { activitySections } from './access-request-activity.js';

export interface AccessRequestContext {
  db: Kysely<Database> | Transaction<Database>;
  personId: string;
  locale: Locale;
}

export interface AccessRequestSection {
  /** Stable name in the file, e.g. "memberships". */
  key: string;
  /** The section's heading in the file, from the catalogs, in the requester's language. */
  title: { namespace: Namespace; key: string };
  /** Plain JSON: strings, numbers, booleans, null, arrays and objects. */
  collect: (ctx: AccessRequestContext) => Promise<unknown>;
}

/** Every section, in the order of the file. */
export const accessRequestSections: AccessRequestSection[] = [...accountSections, ...activitySections];

export function registerAccessRequestSection(section: AccessRequestSection): void {
  const existing = accessRequestSections.find((s) => s.key === section.key);
  if (existing === section) return;
  if (existing) throw new Error(`access-request section ${section.key} is registered twice`);
  accessRequestSections.push(section);
}
