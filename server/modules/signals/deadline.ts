// When a first answer is due: the organisation's number of working days, counted in its country's
// calendar (public holidays are not working days; days are judged in its time zone).
import type { Kysely, Transaction } from 'kysely';
import { defaultHolidayCountry, isHolidayCountry, type HolidayCountry } from '../../../common/signals/holidays.js';
import { addWorkingDays } from '../../../common/signals/working-days.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface AnswerCalendar {
  answerDays: number;
  holidayCountry: HolidayCountry;
}

/** The organisation's answer deadline rules; the country defaults from its default language. */
export async function answerCalendar(db: Db): Promise<AnswerCalendar> {
  const org = await db
    .selectFrom('organisation')
    .select(['signal_answer_days', 'signal_holiday_country', 'default_locale'])
    .executeTakeFirst();
  const stored = org?.signal_holiday_country;
  return {
    answerDays: org?.signal_answer_days ?? 10,
    holidayCountry: isHolidayCountry(stored) ? stored : defaultHolidayCountry(org?.default_locale ?? 'sv'),
  };
}

/** The moment a first answer is due for a signal that arrives at a unit at `from`. */
export async function answerDeadline(db: Db, from: Date): Promise<Date> {
  const { answerDays, holidayCountry } = await answerCalendar(db);
  return addWorkingDays(from, answerDays, holidayCountry);
}
