// The checks of one line on its own: the same field rules as the API (common/), plus the CSV
// notations for yes/no and for lists of memberships and roles. Lines are checked completely even
// after a first problem, so the administrator sees everything wrong with a line at once.
import { z } from 'zod';
import {
  csvListSeparator,
  csvMembershipSeparator,
  csvNo,
  csvYes,
  type CsvColumn,
  type CsvRecordType,
} from '../../../../common/org/csv-format.js';
import {
  membershipRoles,
  orgRoles,
  unitKinds,
  type MembershipRole,
  type OrgRole,
  type UnitKind,
} from '../../../../common/org/roles.js';
import { unitCode } from '../../../../common/org/units.js';
import { email, limits, longText, requiredText } from '../../../../common/platform/fields.js';
import { checkCell } from './field-check.js';
import { issue, type CsvIssue } from './issues.js';
import type { CsvRecord } from './parse.js';

export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  description: string;
  active: boolean;
}
export interface MembershipEntry {
  code: string;
  role: MembershipRole;
}
export interface PersonFields {
  email: string;
  name: string;
  title: string;
  active: boolean;
  roles: OrgRole[];
  memberships: MembershipEntry[];
}

/** What could be read from a line; a field is missing when its cell was invalid. */
export type UnitDraft = Partial<UnitFields> & { line: number };
export type PersonDraft = Partial<PersonFields> & { line: number };
export type UnitLine = UnitFields & { line: number };
export type PersonLine = PersonFields & { line: number };

export type DraftLine = { type: 'unit'; draft: UnitDraft } | { type: 'person'; draft: PersonDraft };

const unitOnly: readonly CsvColumn[] = ['code', 'kind', 'parent_code', 'description'];
const personOnly: readonly CsvColumn[] = ['email', 'title', 'memberships', 'roles'];

const names = requiredText(limits.name);
const descriptions = longText(limits.description);
const titles = longText(limits.title);
const kinds = z.enum(unitKinds);
const orgRoleChoice = z.enum(orgRoles);
const membershipRoleChoice = z.enum(membershipRoles);

export function readLine(record: CsvRecord, issues: CsvIssue[]): DraftLine | undefined {
  const { line, values } = record;
  const type = values.type.trim().toLowerCase();
  if (type !== 'unit' && type !== 'person') {
    issues.push(issue(line, 'csv.recordType', { value: values.type.trim() }, 'type'));
    return undefined;
  }
  requireEmpty(record, type === 'unit' ? personOnly : unitOnly, type, issues);
  return type === 'unit' ? { type, draft: readUnit(record, issues) } : { type, draft: readPerson(record, issues) };
}

function readUnit({ line, values }: CsvRecord, issues: CsvIssue[]): UnitDraft {
  const draft: UnitDraft = { line };
  const at = (column: CsvColumn) => ({ line, column });
  const code = checkCell(unitCode, values.code, at('code'), issues);
  if (code.ok) draft.code = code.value;
  const name = checkCell(names, values.name, at('name'), issues);
  if (name.ok) draft.name = name.value;
  const kind = checkCell(kinds, values.kind, at('kind'), issues, choiceParams(values.kind, unitKinds));
  if (kind.ok) draft.kind = kind.value;
  if (values.parent_code.trim() === '') draft.parentCode = null;
  else {
    const parent = checkCell(unitCode, values.parent_code, at('parent_code'), issues);
    if (parent.ok) draft.parentCode = parent.value;
  }
  const description = checkCell(descriptions, values.description, at('description'), issues);
  if (description.ok) draft.description = description.value;
  const active = readActive(values.active, line, issues);
  if (active !== undefined) draft.active = active;
  return draft;
}

function readPerson({ line, values }: CsvRecord, issues: CsvIssue[]): PersonDraft {
  const draft: PersonDraft = { line };
  const at = (column: CsvColumn) => ({ line, column });
  const address = checkCell(email, values.email, at('email'), issues);
  if (address.ok) draft.email = address.value;
  const name = checkCell(names, values.name, at('name'), issues);
  if (name.ok) draft.name = name.value;
  const title = checkCell(titles, values.title, at('title'), issues);
  if (title.ok) draft.title = title.value;
  const active = readActive(values.active, line, issues);
  if (active !== undefined) draft.active = active;
  const roles = readRoles(values.roles, line, issues);
  if (roles) draft.roles = roles;
  const memberships = readMemberships(values.memberships, line, issues);
  if (memberships) draft.memberships = memberships;
  return draft;
}

function requireEmpty(record: CsvRecord, columns: readonly CsvColumn[], type: CsvRecordType, issues: CsvIssue[]): void {
  for (const column of columns) {
    if (record.values[column].trim() !== '')
      issues.push(issue(record.line, 'csv.mustBeEmpty', { column, type }, column));
  }
}

/** Empty means yes: a new line is active unless it says otherwise. */
function readActive(raw: string, line: number, issues: CsvIssue[]): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === csvYes) return true;
  if (value === csvNo) return false;
  issues.push(issue(line, 'field.invalidChoice', choiceParams(raw, [csvYes, csvNo]), 'active'));
  return undefined;
}

function listItems(raw: string): string[] {
  return raw
    .split(csvListSeparator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readRoles(raw: string, line: number, issues: CsvIssue[]): OrgRole[] | undefined {
  const roles = new Set<OrgRole>();
  let ok = true;
  for (const item of listItems(raw)) {
    const role = checkCell(orgRoleChoice, item, { line, column: 'roles' }, issues, choiceParams(item, orgRoles));
    if (role.ok) roles.add(role.value);
    else ok = false;
  }
  return ok ? [...roles] : undefined;
}

/** CODE:role|CODE:role. The same code and role twice is one membership, not a mistake. */
function readMemberships(raw: string, line: number, issues: CsvIssue[]): MembershipEntry[] | undefined {
  const entries = new Map<string, MembershipEntry>();
  let ok = true;
  for (const item of listItems(raw)) {
    const split = item.lastIndexOf(csvMembershipSeparator);
    const code = unitCode.safeParse(item.slice(0, Math.max(split, 0)));
    const role = membershipRoleChoice.safeParse(item.slice(split + 1).trim());
    if (split <= 0 || !code.success || !role.success) {
      issues.push(issue(line, 'csv.badMembership', { value: item }, 'memberships'));
      ok = false;
      continue;
    }
    entries.set(`${code.data}:${role.data}`, { code: code.data, role: role.data });
  }
  return ok ? [...entries.values()] : undefined;
}

function choiceParams(raw: string, allowed: readonly string[]): Record<string, string> {
  return { value: raw.trim(), allowed: allowed.join(', ') };
}

export function completeUnit(draft: UnitDraft): UnitLine | undefined {
  const { line, code, name, kind, parentCode, description, active } = draft;
  if (code === undefined || name === undefined || kind === undefined || parentCode === undefined) return undefined;
  if (description === undefined || active === undefined) return undefined;
  return { line, code, name, kind, parentCode, description, active };
}

export function completePerson(draft: PersonDraft): PersonLine | undefined {
  const { line, email: address, name, title, active, roles, memberships } = draft;
  if (address === undefined || name === undefined || title === undefined || active === undefined) return undefined;
  if (roles === undefined || memberships === undefined) return undefined;
  return { line, email: address, name, title, active, roles, memberships };
}
