// Deadlines in working days: Monday to Friday, except the public holidays of the organisation's
// country (holidays.ts), with days judged in that country's time zone, so a signal raised at
// 00:30 on a Monday in Stockholm counts from Monday, not from Sunday in UTC. A deadline keeps the
// local time of day it was set at, across a change to or from summer time.
import { holidayTimeZones, isPublicHoliday, shiftDate, type HolidayCountry } from './holidays.js';

interface LocalMoment {
  date: string;
  /** Milliseconds since local midnight. */
  time: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time of day of `at` in `timeZone` (Intl knows the zone's rules). */
function localMoment(at: Date, timeZone: string): LocalMoment {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const get = (type: string) => parts[type] ?? 0;
  const date = new Date(Date.UTC(get('year'), get('month') - 1, get('day'))).toISOString().slice(0, 10);
  const time = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + at.getUTCMilliseconds();
  return { date, time };
}

/** The instant when the clock in `timeZone` shows `time` on `date` (in the night hour that a change
 *  of clock skips or repeats, an instant within an hour of it). */
function instantOf(local: LocalMoment, timeZone: string): Date {
  const wall = Date.parse(`${local.date}T00:00:00Z`) + local.time;
  const offsetAt = (at: number) => {
    const seen = localMoment(new Date(at), timeZone);
    return Date.parse(`${seen.date}T00:00:00Z`) + seen.time - at;
  };
  return new Date(wall - offsetAt(wall - offsetAt(wall)));
}

export function isWorkingDate(date: string, country: HolidayCountry): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !isPublicHoliday(country, date);
}

/** The moment `days` working days after `from`, at the same local time of day. From a weekend or
 *  a holiday, counting starts on the next working day. Sweden's calendar unless told otherwise. */
export function addWorkingDays(from: Date, days: number, country: HolidayCountry = 'SE'): Date {
  if (days <= 0) return new Date(from.getTime());
  const timeZone = holidayTimeZones[country];
  const start = localMoment(from, timeZone);
  let date = start.date;
  let left = days;
  while (left > 0) {
    date = shiftDate(date, 1);
    if (isWorkingDate(date, country)) left -= 1;
  }
  return instantOf({ date, time: start.time }, timeZone);
}

/** Whole working days from `from` to `to` (0 when `to` is not later): the working days after
 *  `from`'s date whose moment at `from`'s local time of day has come by `to`. */
export function workingDaysBetween(from: Date, to: Date, country: HolidayCountry = 'SE'): number {
  const timeZone = holidayTimeZones[country];
  const start = localMoment(from, timeZone);
  const end = localMoment(to, timeZone);
  let count = 0;
  for (let date = shiftDate(start.date, 1); date <= end.date; date = shiftDate(date, 1)) {
    if (!isWorkingDate(date, country)) continue;
    if (instantOf({ date, time: start.time }, timeZone).getTime() <= to.getTime()) count += 1;
  }
  return count;
}
