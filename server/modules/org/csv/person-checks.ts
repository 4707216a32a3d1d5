// Checks that need all person lines together with Tillit's current state: duplicate e-mail
// addresses, memberships in units that do not exist or are deactivated, and the last administrator.
import { issue, type CsvIssue } from './issues.js';
import { membershipKey, type OrgIndex } from './org-index.js';
import type { PersonDraft } from './row-rules.js';
import type { ExistingPerson } from './snapshot.js';
import type { FinalUnit } from './unit-checks.js';

export function checkPeople(
  drafts: readonly PersonDraft[],
  finalUnits: ReadonlyMap<string, FinalUnit>,
  index: OrgIndex,
  issues: CsvIssue[],
): Map<string, PersonDraft> {
  const filePeople = new Map<string, PersonDraft>();
  for (const draft of drafts) {
    if (draft.email === undefined) continue;
    if (filePeople.has(draft.email))
      issues.push(issue(draft.line, 'csv.duplicateEmail', { value: draft.email }, 'email'));
    else filePeople.set(draft.email, draft);
  }

  for (const draft of drafts) {
    const existing = draft.email === undefined ? undefined : index.peopleByEmail.get(draft.email);
    const current = new Set(existingMembershipKeys(existing, index));
    for (const entry of draft.memberships ?? []) {
      const unit = finalUnits.get(entry.code);
      if (!unit) {
        issues.push(issue(draft.line, 'csv.unknownUnit', { value: entry.code }, 'memberships'));
      } else if (!unit.active && !current.has(membershipKey(entry.code, entry.role))) {
        // Keeping a membership the person already has is fine; starting a new one in a closed unit is not.
        issues.push(issue(draft.line, 'csv.unitInactive', { value: entry.code }, 'memberships'));
      }
    }
  }

  checkLastAdmin(filePeople, index, issues);
  return filePeople;
}

function existingMembershipKeys(person: ExistingPerson | undefined, index: OrgIndex): string[] {
  return (person?.memberships ?? []).map((membership) =>
    membershipKey(index.unitCodeById.get(membership.unitId) ?? '', membership.role),
  );
}

const isActiveAdmin = (active: boolean, roles: readonly string[]) => active && roles.includes('admin');

/** The file may not take away the last active administrator (it would lock everyone out). */
function checkLastAdmin(filePeople: ReadonlyMap<string, PersonDraft>, index: OrgIndex, issues: CsvIssue[]): void {
  let adminsAfter = 0;
  const losing: Array<{ line: number; column: string }> = [];
  for (const person of index.peopleByEmail.values()) {
    const draft = filePeople.get(person.email);
    const before = isActiveAdmin(person.active, person.roles);
    const after = isActiveAdmin(draft?.active ?? person.active, draft?.roles ?? person.roles);
    if (after) adminsAfter++;
    if (before && !after && draft)
      losing.push({ line: draft.line, column: draft.active === false ? 'active' : 'roles' });
  }
  for (const draft of filePeople.values()) {
    if (!index.peopleByEmail.has(draft.email ?? '') && isActiveAdmin(draft.active ?? true, draft.roles ?? []))
      adminsAfter++;
  }
  if (adminsAfter > 0) return;
  for (const at of losing) issues.push(issue(at.line, 'lastAdmin', undefined, at.column));
}
