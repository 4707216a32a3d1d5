/** Joins a unit path for display; the arrow reads as "under" in every language we support. */
export function joinPath(names: readonly string[]): string {
  return names.join(' › ');
}
