// Checks that need all unit lines together with the units already in Tillit: duplicate codes,
// unknown parents, cycles and active units under deactivated ones. They are judged on the tree as
// it will be after the import (existing units with the file's lines laid over them), because the
// order of lines in a file must not matter.
import { isExternalKind } from '../../../../common/org/roles.js';
import { childrenIndex, type TreeNode } from '../../../../common/org/tree.js';
import { issue, type CsvIssue } from './issues.js';
import { parentCodeOf, type OrgIndex } from './org-index.js';
import type { UnitDraft } from './row-rules.js';

/** A unit of the tree after the import; id is the unit code, the file's only way to name a unit. */
export interface FinalUnit extends TreeNode {
  active: boolean;
}

export interface UnitCheckResult {
  /** The first line of each code; later lines with the same code are reported as duplicates. */
  fileUnits: Map<string, UnitDraft>;
  finalUnits: Map<string, FinalUnit>;
}

export function checkUnits(drafts: readonly UnitDraft[], index: OrgIndex, issues: CsvIssue[]): UnitCheckResult {
  const fileUnits = new Map<string, UnitDraft>();
  for (const draft of drafts) {
    if (draft.code === undefined) continue;
    if (fileUnits.has(draft.code)) issues.push(issue(draft.line, 'csv.duplicateCode', { value: draft.code }, 'code'));
    else fileUnits.set(draft.code, draft);
  }

  const finalUnits = new Map<string, FinalUnit>();
  for (const unit of index.unitsByCode.values()) {
    finalUnits.set(unit.code, { id: unit.code, parentId: parentCodeOf(unit, index), active: unit.active });
  }
  for (const [code, draft] of fileUnits) {
    const before = finalUnits.get(code);
    finalUnits.set(code, {
      id: code,
      parentId: draft.parentCode === undefined ? (before?.parentId ?? null) : draft.parentCode,
      active: draft.active ?? before?.active ?? true,
    });
  }

  for (const draft of fileUnits.values()) {
    if (draft.parentCode === undefined) continue;
    if (draft.parentCode !== null && !finalUnits.has(draft.parentCode)) {
      issues.push(issue(draft.line, 'csv.unknownParent', { value: draft.parentCode }, 'parent_code'));
    }
    // The political board is the top of the chain and external parties stand beside it; every
    // other internal unit hangs under something.
    if (
      draft.parentCode === null &&
      draft.kind !== undefined &&
      draft.kind !== 'board' &&
      !isExternalKind(draft.kind)
    ) {
      issues.push(issue(draft.line, 'parentRequired', undefined, 'parent_code'));
    }
  }

  const onCycles = unitsOnCycles([...finalUnits.values()]);
  for (const [code, draft] of fileUnits) {
    if (onCycles.has(code)) issues.push(issue(draft.line, 'csv.cycle', { value: code }, 'parent_code'));
  }

  checkActiveUnderInactive(fileUnits, finalUnits, index, issues);
  return { fileUnits, finalUnits };
}

/**
 * Codes of units that sit on a loop of parent links. Units reachable from a root cannot be on a
 * loop, so only the rest are walked, each once.
 */
function unitsOnCycles(nodes: readonly FinalUnit[]): Set<string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = childrenIndex(nodes);
  const reached = new Set<string>();
  const stack = nodes.filter((node) => node.parentId === null || !byId.has(node.parentId)).map((node) => node.id);
  for (const id of stack) reached.add(id);
  while (stack.length > 0) {
    const current = stack.pop() ?? '';
    for (const child of children.get(current) ?? []) {
      if (!reached.has(child.id)) {
        reached.add(child.id);
        stack.push(child.id);
      }
    }
  }

  const onCycles = new Set<string>();
  const finished = new Set<string>();
  for (const start of nodes) {
    if (reached.has(start.id) || finished.has(start.id)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: FinalUnit | undefined = start;
    while (current && !onPath.has(current.id) && !finished.has(current.id)) {
      path.push(current.id);
      onPath.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    if (current && onPath.has(current.id)) {
      for (const id of path.slice(path.indexOf(current.id))) onCycles.add(id);
    }
    for (const id of path) finished.add(id);
  }
  return onCycles;
}

/**
 * An active unit may not sit under a deactivated one. Reported on the child's line when the child
 * is in the file, otherwise on the line that deactivates the parent. A state that already exists
 * in Tillit and that the file merely repeats is left alone, so an export always imports again.
 */
function checkActiveUnderInactive(
  fileUnits: Map<string, UnitDraft>,
  finalUnits: Map<string, FinalUnit>,
  index: OrgIndex,
  issues: CsvIssue[],
): void {
  const reportedParents = new Set<string>();
  for (const child of finalUnits.values()) {
    if (!child.active || child.parentId === null) continue;
    const parent = finalUnits.get(child.parentId);
    if (!parent || parent.active) continue;
    const childLine = fileUnits.get(child.id);
    const parentLine = fileUnits.get(parent.id);
    if (!childLine && !parentLine) continue;
    const childBefore = index.unitsByCode.get(child.id);
    const parentBefore = index.unitsByCode.get(parent.id);
    const existedBefore =
      childBefore?.active === true && parentBefore?.active === false && parentCodeOf(childBefore, index) === parent.id;
    if (existedBefore) continue;
    if (childLine) {
      issues.push(issue(childLine.line, 'csv.parentInactive', { value: parent.id }, 'parent_code'));
    } else if (parentLine && !reportedParents.has(parent.id)) {
      reportedParents.add(parent.id);
      issues.push(issue(parentLine.line, 'csv.hasActiveChildren', { value: parent.id }, 'active'));
    }
  }
}
