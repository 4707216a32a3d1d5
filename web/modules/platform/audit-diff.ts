/** One changed field of an audited record. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values as a person reads them: text as is, everything else as compact JSON; absent as ''. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields that differ between the before and after snapshots, in a stable order. A create has
 *  no "before" and a delete no "after"; then every field is listed. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = displayValue(left[field]);
    const now = displayValue(right[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  // Snapshots that are not objects (a bare value) still deserve to be shown.
  if (!isRecord(before) && !isRecord(after) && (before != null || after != null)) {
    changes.push({ field: '', before: displayValue(before), after: displayValue(after) });
  }
  return changes;
}
