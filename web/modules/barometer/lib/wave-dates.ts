// The new-wave form asks for calendar days; a wave opens at the start of its first day and closes
// at the end of its last, in the reader's own time zone.

/** "2026-12-02" for a Date, in local time. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00`);
  date.setDate(date.getDate() + days);
  return localDay(date);
}

/** Today opens now (a wave opening in the past opens at once); a later day at its local midnight. */
export function opensAtIso(day: string, now: Date = new Date()): string {
  if (day <= localDay(now)) return now.toISOString();
  return new Date(`${day}T00:00:00`).toISOString();
}

export function closesAtIso(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}
