// Records + a snapshot of Tillit -> the plan of changes and every problem found, per line. Pure:
// no database, no clock, so a dry run and the check inside the apply transaction are the same code.
import { csvLimits } from '../../../../common/org/csv-format.js';
import { issue, sortIssues, type CsvIssue } from './issues.js';
import { indexSnapshot } from './org-index.js';
import type { CsvRecord } from './parse.js';
import { checkPeople } from './person-checks.js';
import { buildPlan, type ImportPlan } from './plan.js';
import {
  completePerson,
  completeUnit,
  readLine,
  type PersonDraft,
  type PersonLine,
  type UnitDraft,
  type UnitLine,
} from './row-rules.js';
import type { OrgSnapshot } from './snapshot.js';
import { checkUnits } from './unit-checks.js';

export interface Validation {
  /** Sorted by line and capped at csvLimits.maxIssues (the last one then says how many more). */
  issues: CsvIssue[];
  /** Built from the readable lines; safe to apply only when issues is empty. */
  plan: ImportPlan;
}

export interface ReadableFile {
  records: readonly CsvRecord[];
  /** Problems the parser already found in single lines. */
  issues: readonly CsvIssue[];
  /** Non-blank data lines, including those the parser could not read. */
  lines: number;
}

export function validateOrgCsv(file: ReadableFile, snapshot: OrgSnapshot): Validation {
  const { records } = file;
  const issues: CsvIssue[] = [...file.issues];
  const unitDrafts: UnitDraft[] = [];
  const personDrafts: PersonDraft[] = [];
  for (const record of records) {
    const read = readLine(record, issues);
    if (read?.type === 'unit') unitDrafts.push(read.draft);
    else if (read?.type === 'person') personDrafts.push(read.draft);
  }

  const index = indexSnapshot(snapshot);
  const { fileUnits, finalUnits } = checkUnits(unitDrafts, index, issues);
  const filePeople = checkPeople(personDrafts, finalUnits, index, issues);

  const units = [...fileUnits.values()].flatMap((draft): UnitLine[] => listOf(completeUnit(draft)));
  const people = [...filePeople.values()].flatMap((draft): PersonLine[] => listOf(completePerson(draft)));
  return { issues: capIssues(sortIssues(issues)), plan: buildPlan(units, people, index, file.lines) };
}

function listOf<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** A file full of mistakes gets the first ones and a count of the rest, not a response of megabytes. */
function capIssues(issues: CsvIssue[]): CsvIssue[] {
  if (issues.length <= csvLimits.maxIssues) return issues;
  const shown = issues.slice(0, csvLimits.maxIssues);
  const last = shown[shown.length - 1]?.line ?? 0;
  return [...shown, issue(last, 'csv.moreIssues', { count: issues.length - shown.length })];
}
