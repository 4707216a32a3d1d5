// The API contract of the signals module: request bodies the server validates and responses the
// web client is typed by.
import { z } from 'zod';
import { id, longText } from '../platform/fields.js';
import { holidayCountries } from './holidays.js';
import { affectedGroups, answerTypes, eventKinds, actorRoles, signalKinds, signalStatuses } from './vocabulary.js';

/** Limits of a signal's texts and time cost: a week has 168 hours; 40 is a full working week. */
export const signalLimits = { text: 4000, minutesPerWeek: 40 * 60, answerDaysMin: 1, answerDaysMax: 60 } as const;

/** Required multi-line text: trimmed, 1..max characters, line breaks allowed. */
const requiredLongText = (max: number) => longText(max).pipe(z.string().min(1));

const minutesPerWeek = z.number().int().min(0).max(signalLimits.minutesPerWeek);

export const createSignalBody = z.strictObject({
  kind: z.enum(signalKinds).default('obstacle'),
  unitId: id,
  text: requiredLongText(signalLimits.text),
  suggestion: longText(signalLimits.text).default(''),
  minutesPerWeek: minutesPerWeek.nullable().default(null),
  affects: z.array(z.enum(affectedGroups)).max(affectedGroups.length).default([]),
  anonymous: z.boolean().default(false),
  /** Seen only by the author, the handling managers and the chain above; set by the author, so
   *  only the author (an anonymous one through the follow link) can lift it. */
  restricted: z.boolean().default(false),
  /** Rule obstacles only: the demand of the burden inventory the rule is (null or absent: none). */
  burdenItemId: id.nullable().optional(),
  /** Chosen by the client once per form: a double submit returns the first signal, not a second. */
  idempotencyKey: id.optional(),
});
export type CreateSignalBody = z.infer<typeof createSignalBody>;

const unitRef = z.object({ id, name: z.string() });
const personRef = z.object({ id, name: z.string() });

export const signalEventSchema = z.object({
  id,
  kind: z.enum(eventKinds),
  actorRole: z.enum(actorRoles),
  /** Null for an anonymous author and for Tillit's own steps. */
  actor: personRef.nullable(),
  text: z.string(),
  fromUnit: unitRef.nullable(),
  toUnit: unitRef.nullable(),
  plannedBy: z.string().nullable(),
  /** The mandate of the register a hand-up cited (null: none, or one marked confidential since). */
  mandate: z.object({ id, title: z.string() }).nullable(),
  createdAt: z.string(),
});
export type SignalEvent = z.infer<typeof signalEventSchema>;

export const signalSummarySchema = z.object({
  id,
  kind: z.enum(signalKinds),
  status: z.enum(signalStatuses),
  unit: unitRef,
  handlingUnit: unitRef,
  text: z.string(),
  suggestion: z.string(),
  minutesPerWeek: z.number().int().nullable(),
  affects: z.array(z.enum(affectedGroups)),
  /** Null when the author chose to be anonymous: no author is stored at all. */
  author: personRef.nullable(),
  restricted: z.boolean(),
  confidential: z.boolean(),
  createdAt: z.string(),
  dueAt: z.string(),
  firstAnsweredAt: z.string().nullable(),
  escalationLevel: z.number().int(),
  overdue: z.boolean(),
  meToo: z.object({ count: z.number().int(), totalMinutesPerWeek: z.number().int(), mine: z.boolean() }),
  mine: z.boolean(),
});
export type SignalSummary = z.infer<typeof signalSummarySchema>;

export const signalDetailSchema = signalSummarySchema.extend({
  timeline: z.array(signalEventSchema),
  /** A rule obstacle's demand in the burden inventory (/burden/demands/{id}); null or absent: none. */
  burdenItem: z.object({ id, title: z.string() }).nullable().optional(),
  can: z.object({
    answer: z.array(z.enum(answerTypes)),
    reply: z.boolean(),
    reopen: z.boolean(),
    restrict: z.boolean(),
    meToo: z.boolean(),
  }),
});
export type SignalDetail = z.infer<typeof signalDetailSchema>;

export const createSignalResponse = z.object({
  signal: signalDetailSchema,
  /** Only for an anonymous signal: the private key to the follow page. Shown once. */
  followToken: z.string().nullable(),
});

export const signalSorts = ['newest', 'oldest', 'meToo', 'hours'] as const;

export const signalListQuery = z.object({
  unitId: id.optional(),
  descendants: z.enum(['true', 'false']).default('true'),
  status: z.enum(signalStatuses).optional(),
  kind: z.enum(signalKinds).optional(),
  waiting: z.enum(['mine']).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(signalSorts).default('newest'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SignalListQuery = z.infer<typeof signalListQuery>;

export const signalListSchema = z.object({
  items: z.array(signalSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const plannedBy = z.iso.date();

export const answerBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('take'), text: requiredLongText(signalLimits.text), plannedBy }),
  z.strictObject({
    type: z.literal('hand_up'),
    text: requiredLongText(signalLimits.text),
    toUnitId: id,
    /** The mandate in the register that covers the matter; toUnitId is then its holder. */
    mandateId: id.optional(),
  }),
  z.strictObject({ type: z.literal('decline'), text: requiredLongText(signalLimits.text) }),
  z.strictObject({ type: z.literal('done'), text: requiredLongText(signalLimits.text) }),
]);
export type AnswerBody = z.infer<typeof answerBody>;

export const textBody = z.strictObject({ text: requiredLongText(signalLimits.text) });
export type TextBody = z.infer<typeof textBody>;

export const meTooBody = z.strictObject({ minutesPerWeek: minutesPerWeek.nullable().default(null) });
export const restrictBody = z.strictObject({ restricted: z.boolean() });

export const handUpTargetsSchema = z.object({
  items: z.array(
    z.object({
      unit: unitRef,
      /** The unit above the handling unit, or the holder of a mandate that may cover the matter. */
      reason: z.enum(['parent', 'mandate']),
      /** For reason 'mandate': the mandate of the register (its title and decision text). */
      mandate: z.object({ id, title: z.string(), description: z.string() }).nullable(),
    }),
  ),
});

export const responseFiguresSchema = z.object({
  signals: z.number().int(),
  answered: z.number().int(),
  medianDaysToFirstAnswer: z.number().nullable(),
  onTimeShare: z.number().nullable(),
  resolvedShare: z.number().nullable(),
  hoursPerWeekRemoved: z.number(),
});

export const figuresQuery = z.object({ unitId: id });
export const figuresSchema = z.object({
  unit: unitRef,
  figures: responseFiguresSchema,
  children: z.array(z.object({ unit: unitRef, figures: responseFiguresSchema })),
});

export const signalSettingsSchema = z.object({
  answerDays: z.number().int().min(signalLimits.answerDaysMin).max(signalLimits.answerDaysMax),
  /** Whose public holidays are not working days (and whose time zone draws the day boundaries). */
  holidayCountry: z.enum(holidayCountries),
});
export const signalSettingsBody = z.strictObject({
  answerDays: z.number().int().min(signalLimits.answerDaysMin).max(signalLimits.answerDaysMax),
  /** Absent: unchanged. */
  holidayCountry: z.enum(holidayCountries).optional(),
});
export type SignalSettingsBody = z.infer<typeof signalSettingsBody>;

export const signalIdParams = z.object({ id });

/** The anonymous author's follow key travels in this header (from the page's URL fragment), so it
 *  never appears in a URL, a server log or a Referer. */
export const followTokenHeader = 'x-follow-token';
