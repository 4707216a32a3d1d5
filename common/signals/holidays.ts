// Public holidays that are not working days, per country, computed from the rules (no table to
// keep up to date). A date is a local calendar date 'YYYY-MM-DD' in the country's time zone.
//
// Sweden: lag (1989:253) om allmänna helgdagar (New Year, Epiphany, Good Friday, Easter Sunday and
//   Monday, 1 May, Ascension, Whit Sunday, National Day 6 June, Midsummer Day, All Saints' Day,
//   Christmas Day, Boxing Day), plus the eves that semesterlagen (1977:480) 3 § equates with Sundays
//   and public holidays and collective agreements give off: Midsummer Eve, Christmas Eve, New Year's
//   Eve (Easter and Whit Saturday are Saturdays anyway).
// Norway: lov om helligdager og helligdagsfred (1995) § 2 (New Year, Maundy Thursday, Good Friday,
//   Easter Sunday and Monday, Ascension, Whit Sunday and Monday, Christmas Day, Boxing Day) and lov
//   om 1. og 17. mai som høgtidsdagar (1947). Christmas Eve is a working day that ends at noon.
// Denmark: the folkekirke's helligdage (New Year, Maundy Thursday, Good Friday, Easter Sunday and
//   Monday, Ascension, Whit Sunday and Monday, Christmas Day, Boxing Day); Store bededag (the fourth
//   Friday after Easter) until 2023, abolished from 2024 by lov nr. 194 af 28/02/2023; and the days
//   public employers give off although no law names them: Constitution Day 5 June, Christmas Eve.
//   1 May is a working day in Danish law.
import { isOneOf } from '../platform/one-of.js';

export const holidayCountries = ['SE', 'NO', 'DK'] as const;
export type HolidayCountry = (typeof holidayCountries)[number];

export function isHolidayCountry(value: unknown): value is HolidayCountry {
  return isOneOf(holidayCountries, value);
}

/** Where day boundaries are drawn for each country (the three are the same zone today). */
export const holidayTimeZones: Record<HolidayCountry, string> = {
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  DK: 'Europe/Copenhagen',
};

/** The country an organisation most likely follows, from its default language. */
export function defaultHolidayCountry(locale: string): HolidayCountry {
  if (locale === 'nb') return 'NO';
  if (locale === 'da') return 'DK';
  return 'SE';
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm of Meeus/Jones/Butcher),
 *  as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date `days` after `date` (negative: before). */
export function shiftDate(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The date of the given weekday (0 Sunday .. 6 Saturday) in the seven days from `from`. */
function weekdayFrom(from: string, weekday: number): string {
  const day = new Date(`${from}T00:00:00Z`).getUTCDay();
  return shiftDate(from, (weekday - day + 7) % 7);
}

const cache = new Map<string, ReadonlySet<string>>();

/** Every date in `year` that is not a working day in `country` although it may be a weekday. */
export function publicHolidays(country: HolidayCountry, year: number): ReadonlySet<string> {
  const key = `${country}${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => isoDate(year, month, day);
  const dates = [
    fixed(1, 1),
    shiftDate(easter, -2), // Good Friday
    easter,
    shiftDate(easter, 1), // Easter Monday
    shiftDate(easter, 39), // Ascension
    shiftDate(easter, 49), // Whit Sunday
    fixed(12, 25),
    fixed(12, 26),
  ];
  if (country === 'SE')
    dates.push(
      fixed(1, 6), // Epiphany
      fixed(5, 1),
      fixed(6, 6), // National Day
      weekdayFrom(fixed(6, 19), 5), // Midsummer Eve: the Friday 19-25 June
      weekdayFrom(fixed(6, 20), 6), // Midsummer Day: the Saturday 20-26 June
      weekdayFrom(fixed(10, 31), 6), // All Saints' Day: the Saturday 31 October-6 November
      fixed(12, 24),
      fixed(12, 31),
    );
  if (country === 'NO')
    dates.push(
      shiftDate(easter, -3), // Maundy Thursday
      shiftDate(easter, 50), // Whit Monday
      fixed(5, 1),
      fixed(5, 17), // Constitution Day
    );
  if (country === 'DK') {
    dates.push(
      shiftDate(easter, -3), // Maundy Thursday
      shiftDate(easter, 50), // Whit Monday
      fixed(6, 5), // Constitution Day
      fixed(12, 24),
    );
    if (year <= 2023) dates.push(shiftDate(easter, 26)); // Store bededag
  }
  const set = new Set(dates);
  cache.set(key, set);
  return set;
}

export function isPublicHoliday(country: HolidayCountry, date: string): boolean {
  return publicHolidays(country, Number(date.slice(0, 4))).has(date);
}
