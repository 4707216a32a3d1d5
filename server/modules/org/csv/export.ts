// Writes the whole organisation in the import format: every unit (parents before children, so the
// file reads top-down and imports in one pass) and every person with their active memberships and
// roles. Importing the result again changes nothing.
import { stringify } from 'csv-stringify/sync';
import {
  csvColumns,
  csvDelimiter,
  csvListSeparator,
  csvNo,
  csvYes,
  type CsvColumn,
} from '../../../../common/org/csv-format.js';
import { isExternalKind } from '../../../../common/org/roles.js';
import { childrenIndex } from '../../../../common/org/tree.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { neutraliseFormula } from '../../../../common/platform/csv-formula.js';
import { indexSnapshot, parentCodeOf, personState } from './org-index.js';
import { readSnapshot, type ExistingUnit, type OrgSnapshot } from './snapshot.js';

export async function exportOrgCsv(db: Kysely<Database>): Promise<string> {
  return formatOrgCsv(await readSnapshot(db));
}

export function formatOrgCsv(snapshot: OrgSnapshot): string {
  const index = indexSnapshot(snapshot);
  const rows: string[][] = [[...csvColumns]];
  for (const unit of unitsTopDown(snapshot.units)) {
    rows.push(
      row({
        type: 'unit',
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parent_code: parentCodeOf(unit, index) ?? '',
        description: unit.description,
        active: unit.active ? csvYes : csvNo,
      }),
    );
  }
  // Sorted here, not in SQL: PostgreSQL's collation and SQLite's byte order would disagree.
  const people = [...snapshot.people].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  for (const person of people) {
    const state = personState(person, index);
    rows.push(
      row({
        type: 'person',
        name: state.name,
        email: state.email,
        title: state.title,
        memberships: state.memberships.join(csvListSeparator),
        roles: state.roles.join(csvListSeparator),
        active: state.active ? csvYes : csvNo,
      }),
    );
  }
  // The byte order mark makes Excel open the file as UTF-8 instead of the Windows code page;
  // CRLF is what RFC 4180 prescribes and what spreadsheet programs write themselves.
  return `\uFEFF${stringify(rows, { delimiter: csvDelimiter, record_delimiter: '\r\n', quote_record_delimiter: true })}`;
}

function row(values: Partial<Record<CsvColumn, string>>): string[] {
  return csvColumns.map((column) => neutraliseFormula(values[column] ?? ''));
}

/** Roots first (internal before external parties), then each level; siblings by code. */
function unitsTopDown(units: readonly ExistingUnit[]): ExistingUnit[] {
  const byCode = (a: ExistingUnit, b: ExistingUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const known = new Set(units.map((unit) => unit.id));
  // A parent that does not exist cannot come first; such a unit is treated as a root.
  const nodes = units.map((unit) => ({
    ...unit,
    parentId: unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null,
  }));
  const children = childrenIndex(nodes);
  const roots = [...(children.get(null) ?? [])].sort(
    (a, b) => Number(isExternalKind(a.kind)) - Number(isExternalKind(b.kind)) || byCode(a, b),
  );
  const ordered: ExistingUnit[] = [];
  const seen = new Set<string>();
  const visit = (unit: ExistingUnit) => {
    // Depth-first with an explicit stack: deep trees must not exhaust the call stack.
    const stack = [unit];
    while (stack.length > 0) {
      const current = stack.pop();
      if (!current || seen.has(current.id)) continue;
      seen.add(current.id);
      ordered.push(current);
      const below = [...(children.get(current.id) ?? [])].sort(byCode).reverse();
      stack.push(...below);
    }
  };
  roots.forEach(visit);
  // Units on a loop of parent links (which Tillit prevents) are still exported rather than lost.
  for (const unit of [...nodes].sort(byCode)) if (!seen.has(unit.id)) visit(unit);
  return ordered;
}
