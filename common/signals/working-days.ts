// Deadlines in working days (Monday to Friday, UTC). Public holidays differ per country and
// municipality and are not counted as free days: a deadline can fall on one, never earlier than
// the rule says.

const dayMs = 86_400_000;

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** The moment `days` working days after `from` (same time of day). From a weekend, counting
 *  starts on the next Monday. */
export function addWorkingDays(from: Date, days: number): Date {
  let at = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + dayMs);
    if (!isWeekend(at)) left -= 1;
  }
  return at;
}

/** Whole working days from `from` to `to` (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let at = new Date(from.getTime() + dayMs); at.getTime() <= to.getTime(); at = new Date(at.getTime() + dayMs))
    if (!isWeekend(at)) count += 1;
  return count;
}
