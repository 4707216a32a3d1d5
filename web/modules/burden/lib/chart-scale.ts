/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above the value, so
 *  the axis ends on a figure a reader can read off. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}
