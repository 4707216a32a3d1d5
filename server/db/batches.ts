// Splitting rows for multi-row inserts and IN lists, under both databases' parameter limits
// (SQLite 32,766, PostgreSQL 65,535).

/** Rows per batch that is safe for any table of this project. */
export const defaultBatchSize = 500;

export function batches<T>(items: readonly T[], size = defaultBatchSize): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
