/** Narrows a value to one of a fixed list of strings, without a type assertion. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}
