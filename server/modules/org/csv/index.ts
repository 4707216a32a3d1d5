// The organisation CSV import and export, as the org service calls them. Access checks (only
// administrators) are the service's job and happen before these are called.
import { lockOrganisation } from '../../../db/locks.js';
import type { Kysely } from 'kysely';
import type { ImportMode, ImportResult, ImportSummary } from '../../../../common/org/csv-format.js';
import type { Locale } from '../../../../common/i18n/locales.js';
import type { Database } from '../../../db/schema.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { nowIso } from '../../../platform/clock.js';
import { conflict } from '../../../platform/errors.js';
import { applyPlan } from './apply.js';
import { localiseIssues } from './localise.js';
import { parseOrgCsv } from './parse.js';
import { readSnapshot } from './snapshot.js';
import { validateOrgCsv } from './validate.js';

export { exportOrgCsv } from './export.js';
export { localiseIssues } from './localise.js';
export type { CsvIssue } from './issues.js';

export interface ImportOptions {
  mode: ImportMode;
  actorId: string | null;
  requestId: string | null;
  locale: Locale;
}

/** The summary of an import that changes nothing, such as one that was refused. */
export const noChanges = (lines: number): ImportSummary => ({
  unitsCreated: 0,
  unitsUpdated: 0,
  unitsDeactivated: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  peopleDeactivated: 0,
  membershipsAdded: 0,
  membershipsEnded: 0,
  lines,
});

/**
 * A dry run reports every problem and what applying would change. Applying reads and validates
 * again inside its own transaction (an earlier dry run proves nothing about the database now)
 * and writes only when there is not a single problem; its summary is then what was written.
 */
export async function importOrgCsv(
  db: Kysely<Database>,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const { mode, locale } = options;
  const file = parseOrgCsv(bytes);
  if (file.rejected) {
    return { mode, ok: false, issues: localiseIssues(file.issues, locale), summary: noChanges(0) };
  }

  if (mode === 'dry-run') {
    const { issues, plan } = validateOrgCsv(file, await readSnapshot(db));
    return { mode, ok: issues.length === 0, issues: localiseIssues(issues, locale), summary: plan.summary };
  }

  try {
    return await db.transaction().execute(async (trx): Promise<ImportResult> => {
      // Serialised with other structural changes (moves, admin roles) so checks hold until commit.
      await lockOrganisation(trx);
      const { issues, plan } = validateOrgCsv(file, await readSnapshot(trx));
      if (issues.length > 0) {
        return { mode, ok: false, issues: localiseIssues(issues, locale), summary: noChanges(file.lines) };
      }
      await applyPlan(trx, plan, { actorId: options.actorId, requestId: options.requestId, now: nowIso() });
      return { mode, ok: true, issues: [], summary: plan.summary };
    });
  } catch (error) {
    // Someone created the same code or e-mail address between our check and our write (possible on
    // PostgreSQL, where reads do not block writers). Nothing was written; trying again sees the new
    // row and treats that line as an update.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
