// Time costs are typed in hours (decimals allowed, with a comma or a point, as people write them)
// and sent in whole minutes per week.
import { signalLimits } from '../../../../common/signals/signals.js';

export type ParsedHours = { ok: true; minutes: number | null } | { ok: false };

/** "1,5" -> 90 minutes; "" -> null (not given); anything that is not 0..40 hours -> not ok. */
export function minutesFromHours(text: string): ParsedHours {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return { ok: true, minutes: null };
  if (!/^\d+([.,]\d*)?$|^[.,]\d+$/.test(trimmed)) return { ok: false };
  const minutes = Math.round(Number(trimmed.replace(',', '.')) * 60);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > signalLimits.minutesPerWeek) return { ok: false };
  return { ok: true, minutes };
}

/** Minutes as hours with at most one decimal, for display. */
export function hoursFromMinutes(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}
