// CSV export (everyone signed in: the inventory is open) and import (administrators; all or
// nothing: with one broken line nothing is written). Every exported cell passes neutraliseFormula.
import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import {
  burdenCsvColumns,
  burdenCsvComputedColumns,
  burdenDescendantsMark,
  burdenPerformerSeparator,
  csvDelimiter,
  csvListSeparator,
  type BurdenImportResult,
} from '../../../common/burden/csv-format.js';
import { isExternalKind } from '../../../common/org/roles.js';
import { neutraliseFormula } from '../../../common/platform/csv-formula.js';
import { lockOrganisation } from '../../db/locks.js';
import { writeAudit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import { forbidden } from '../../platform/errors.js';
import type { ServiceContext } from '../../platform/principal.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { localiseIssues } from '../org/csv/localise.js';
import { orgPolicy } from '../org/policy.js';
import { burdenContext } from './context.js';
import { readBurdenCsv, type ImportLine, type ImportReferences } from './csv-read.js';
import { burdenPolicy } from './policy.js';
import { costInputsOf } from './presenters.js';
import { insertDemand, listDemandRows, replacePerformers } from './repo.js';
import { takeSnapshot } from './snapshot.js';
import { performersOf, traceOf } from './world.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function exportDemandsCsv(ctx: ServiceContext): Promise<string> {
  const c = await burdenContext(ctx);
  const [demands, units, people] = await Promise.all([
    listDemandRows(ctx.db, { status: 'active' }),
    ctx.db.selectFrom('units').select(['id', 'code']).execute(),
    ctx.db.selectFrom('people').select(['id', 'email']).execute(),
  ]);
  const code = new Map(units.map((u) => [u.id, u.code]));
  const seesEmail = orgPolicy.seesEveryone(c.scope);
  const email = new Map(people.map((p) => [p.id, p.email]));
  const header = [...burdenCsvColumns, ...burdenCsvComputedColumns];
  const rows: string[][] = [header];
  for (const d of demands) {
    const trace = traceOf(c.world, costInputsOf(d));
    const values: Record<string, string> = {
      id: d.id,
      title: d.title,
      description: d.description,
      kind: d.kind,
      owner_unit_code: code.get(d.owner_unit_id) ?? '',
      // E-mail addresses only for those who see everyone's; others get the name-free inventory.
      owner_email: d.owner_person_id && seesEmail ? (email.get(d.owner_person_id) ?? '') : '',
      origin: d.origin,
      origin_unit_code: d.origin_unit_id ? (code.get(d.origin_unit_id) ?? '') : '',
      legal_basis: d.legal_basis ?? '',
      purpose: d.purpose,
      result_users: d.result_users,
      frequency_unit: d.frequency_unit,
      frequency_count: String(d.frequency_count),
      minutes: String(d.minutes),
      performers: d.performers
        .map((p) =>
          [code.get(p.unitId) ?? '', p.role, ...(p.includeDescendants ? [burdenDescendantsMark] : [])].join(
            burdenPerformerSeparator,
          ),
        )
        .join(csvListSeparator),
      performers_entered: d.performers_entered === null ? '' : String(d.performers_entered),
      review_on: d.review_on ?? '',
      measures: d.measures ?? '',
      focus: d.focus ?? '',
      status: d.status,
      occurrences_per_year: String(trace.occurrencesPerYear),
      performers_counted: String(performersOf(c.world, d.performers).size),
      annual_hours: String(trace.annualHours),
    };
    rows.push(header.map((column) => neutraliseFormula(values[column] ?? '')));
  }
  // A byte order mark so that Excel opens the file as UTF-8 (the import strips it).
  return `\uFEFF${stringify(rows, { delimiter: csvDelimiter, record_delimiter: '\r\n' })}`;
}

async function references(db: Db): Promise<ImportReferences> {
  const [units, people, demands] = await Promise.all([
    db.selectFrom('units').select(['id', 'code', 'kind']).where('active', '=', 1).execute(),
    db.selectFrom('people').select(['id', 'email']).where('active', '=', 1).execute(),
    db.selectFrom('burden_demands').select(['id', 'status']).execute(),
  ]);
  return {
    unitByCode: new Map(units.filter((u) => !isExternalKind(u.kind)).map((u) => [u.code, u.id])),
    personByEmail: new Map(people.map((p) => [p.email.toLowerCase(), p.id])),
    demands: new Map(demands.map((d) => [d.id, d.status])),
  };
}

const rowOf = (l: ImportLine) => ({
  title: l.title,
  description: l.description,
  kind: l.kind,
  owner_unit_id: l.ownerUnitId,
  owner_person_id: l.ownerPersonId,
  origin: l.origin,
  origin_unit_id: l.originUnitId,
  legal_basis: l.legalBasis,
  purpose: l.purpose,
  result_users: l.resultUsers,
  frequency_unit: l.frequencyUnit,
  frequency_count: l.frequencyCount,
  minutes: l.minutes,
  performers_entered: l.performersEntered,
  review_on: l.reviewOn,
  measures: l.measures,
  focus: l.focus,
});

export async function importDemandsCsv(
  ctx: ServiceContext,
  bytes: Uint8Array,
  mode: 'dry-run' | 'apply',
): Promise<BurdenImportResult> {
  const c = await burdenContext(ctx);
  if (!burdenPolicy.canImport(c.scope)) throw forbidden();
  const none = (lines: number) => ({ created: 0, updated: 0, lines });
  const plan = async (db: Db) => {
    const result = readBurdenCsv(bytes, await references(db));
    const created = result.lines.filter((l) => l.id === null).length;
    return { result, summary: { created, updated: result.lines.length - created, lines: result.dataLines } };
  };
  if (mode === 'dry-run') {
    const { result, summary } = await plan(ctx.db);
    const ok = !result.rejected && result.issues.length === 0;
    return { mode, ok, issues: localiseIssues(result.issues, ctx.locale), summary: ok ? summary : none(summary.lines) };
  }
  return ctx.db.transaction().execute(async (trx): Promise<BurdenImportResult> => {
    await lockOrganisation(trx);
    // Read and check again inside the transaction: a dry run proves nothing about the database now.
    const { result, summary } = await plan(trx);
    if (result.rejected || result.issues.length > 0)
      return { mode, ok: false, issues: localiseIssues(result.issues, ctx.locale), summary: none(summary.lines) };
    const now = nowIso();
    const existing = new Map((await listDemandRows(trx, {})).map((d) => [d.id, d]));
    for (const line of result.lines) {
      const before = line.id === null ? undefined : existing.get(line.id);
      if (before) {
        await trx
          .updateTable('burden_demands')
          .set({ ...rowOf(line), updated_at: now, version: before.version + 1 })
          .where('id', '=', before.id)
          .execute();
        await replacePerformers(trx, before.id, line.performers);
      } else {
        await insertDemand(
          trx,
          {
            id: randomUUID(),
            ...rowOf(line),
            status: 'active',
            merged_into_id: null,
            created_by: c.me,
            created_at: now,
            updated_at: now,
            version: 1,
            idempotency_key: null,
          },
          line.performers,
        );
      }
    }
    await writeAudit(trx, {
      actorId: c.me,
      action: 'burden.demands.imported',
      entityType: 'burden_demand',
      entityId: '*',
      after: summary,
      requestId: ctx.requestId,
    });
    await takeSnapshot(trx, 'import', null, now);
    return { mode, ok: true, issues: [], summary };
  });
}
