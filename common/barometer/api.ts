// The API contract of the barometer module (prefix /api/v1/barometer): request bodies the server
// validates and responses the web client is typed by. Every text in a response is already in the
// reader's language. Results exist only for closed waves and only through the wave's stored
// visibility: a suppressed figure is `{ suppressed: true }` and nothing else.
import { z } from 'zod';
import { id, longText, requiredText } from '../platform/fields.js';
import { instrumentDefinitionSchema } from './instrument.js';
import { anonymityLimits, chainLevels, itemKinds, trustFacets, waveRepeats, waveStatuses } from './vocabulary.js';

export * from './vocabulary.js';
export * from './instrument.js';
export * from './cells.js';
export * from './dialogue.js';
import { distributionCellSchema, participationCellSchema, scoreCellSchema, suppressedSchema } from './cells.js';
import { dialogueLimits } from './dialogue.js';

export const barometerLimits = {
  ...dialogueLimits,
  title: 200,
  commentText: 2000,
  answers: 2000,
  reminderDaysMax: 30,
} as const;

const unitRef = z.object({ id, name: z.string() });
export type BarometerUnitRef = z.infer<typeof unitRef>;
const requiredLongText = (max: number) => longText(max).pipe(z.string().min(1));

// ---------------------------------------------------------------- instruments

export const instrumentSummarySchema = z.object({
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  itemCount: z.number().int(),
  dimensions: z.array(z.object({ key: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

/** GET /instruments: the newest version of each instrument first, older versions after. */
export const instrumentListSchema = z.object({ items: z.array(instrumentSummarySchema) });

/** POST /instruments (admin, analyst): a new instrument, or a new version of one (version must be
 *  higher). Answers instrumentDetailSchema. */
export const createInstrumentBody = z.strictObject({ definition: instrumentDefinitionSchema });
export type CreateInstrumentBody = z.infer<typeof createInstrumentBody>;

/** GET /instruments/{key}/{version}: the whole definition (all languages), e.g. to start a new version. */
export const instrumentParams = z.object({ key: z.string().max(60), version: z.coerce.number().int().min(1) });
export const instrumentDetailSchema = z.object({
  summary: instrumentSummarySchema,
  definition: instrumentDefinitionSchema,
});

// ---------------------------------------------------------------- settings

const minGroup = z.number().int().min(anonymityLimits.floor).max(anonymityLimits.ceiling);

/** GET/PUT /settings: the organisation's thresholds for new waves (PUT: administrators). */
export const barometerSettingsSchema = z.object({ minGroup: z.number().int(), minComments: z.number().int() });
export const barometerSettingsBody = z.strictObject({ minGroup, minComments: minGroup });
export type BarometerSettingsBody = z.infer<typeof barometerSettingsBody>;

/** PUT /waves/{id}/anonymity: raise a wave's locked thresholds (never lower; audited). */
export const waveAnonymityBody = z.strictObject({ minGroup, minComments: minGroup });
export type WaveAnonymityBody = z.infer<typeof waveAnonymityBody>;

// ---------------------------------------------------------------- waves

export const waveIdParams = z.object({ id });
export const waveUnitParams = z.object({ id, unitId: id });

/**
 * POST /waves: admins and analysts for any scope; managers for a pulse on a unit they manage.
 * closesAt must be after opensAt and in the future (422 barometerClosesBeforeOpens / barometerClosesInPast).
 */
export const createWaveBody = z.strictObject({
  title: requiredText(barometerLimits.title),
  /** Instruments by key; the newest version unless given. Order is the order on the form. */
  instruments: z
    .array(z.strictObject({ key: z.string().max(60), version: z.number().int().min(1).optional() }))
    .min(1)
    .max(6),
  /** Null: the whole organisation. */
  scopeUnitId: id.nullable(),
  /** ISO date-time; a wave opening now or in the past opens at once. */
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  repeat: z.enum(waveRepeats).default('none'),
  /** Days before closing when those who have not answered get a reminder; null: none. */
  reminderDaysBeforeClose: z.number().int().min(1).max(barometerLimits.reminderDaysMax).nullable().default(null),
  /** Work groups rated in relational coordination (units in the organisation). */
  dependentUnitIds: z.array(id).max(30).default([]),
});
export type CreateWaveBody = z.infer<typeof createWaveBody>;

export const waveInstrumentRefSchema = z.object({ key: z.string(), version: z.number().int(), name: z.string() });

export const waveSummarySchema = z.object({
  id,
  title: z.string(),
  status: z.enum(waveStatuses),
  /** Null: the whole organisation. */
  scope: unitRef.nullable(),
  instruments: z.array(waveInstrumentRefSchema),
  opensAt: z.string(),
  closesAt: z.string(),
  /** When it actually closed (may be earlier than closesAt: "close now"). */
  closedAt: z.string().nullable(),
  repeat: z.enum(waveRepeats),
  minGroup: z.number().int(),
  minComments: z.number().int(),
  /** About the caller only: invited to this wave and not yet answered (open waves). */
  toAnswer: z.boolean(),
});
export type WaveSummary = z.infer<typeof waveSummarySchema>;

/**
 * GET /waves: `toAnswer` open waves I am invited to and have not answered; `results` closed waves
 * whose results I may see (newest first); `managed` drafts and open waves I may manage
 * (admins, analysts, a manager's own pulses).
 */
export const waveListSchema = z.object({
  toAnswer: z.array(waveSummarySchema),
  results: z.array(waveSummarySchema),
  managed: z.array(waveSummarySchema),
});
export type WaveList = z.infer<typeof waveListSchema>;

/** GET /waves/{id} (also the response of POST /waves, /open, /close, /anonymity). */
export const waveDetailSchema = waveSummarySchema.extend({
  reminderDaysBeforeClose: z.number().int().nullable(),
  dependentUnits: z.array(unitRef),
  /**
   * Units of the frozen snapshot (open and closed waves) the caller may see results for, in tree
   * order (units[0] is the caller's top). For a whole-organisation wave the top node is the
   * organisation itself and its id is the wave's id.
   */
  units: z.array(unitRef.extend({ parentId: id.nullable(), depth: z.number().int() })),
  can: z.object({
    answer: z.boolean(),
    open: z.boolean(),
    close: z.boolean(),
    raiseAnonymity: z.boolean(),
    seeResults: z.boolean(),
  }),
});
export type WaveDetail = z.infer<typeof waveDetailSchema>;

// ---------------------------------------------------------------- answering

export const formItemSchema = z.object({
  /** 'instrumentKey.itemKey': the key an answer refers to. */
  key: z.string(),
  kind: z.enum(itemKinds),
  text: z.string(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  minLabel: z.string().nullable(),
  maxLabel: z.string().nullable(),
  /** Choice items: label of value 1, 2, ... */
  choices: z.array(z.string()),
  /** Relational coordination: the work group this copy of the item is about; else null. */
  targetUnit: unitRef.nullable(),
});
export type FormItem = z.infer<typeof formItemSchema>;

/**
 * GET /waves/{id}/form: the items for me, in my language. 404 when the wave does not exist, is
 * not open, or I am not invited; 409 barometerAlreadyAnswered when I have answered.
 */
export const waveFormSchema = z.object({
  wave: z.object({ id, title: z.string(), closesAt: z.string() }),
  sections: z.array(
    z.object({ instrumentKey: z.string(), name: z.string(), description: z.string(), items: z.array(formItemSchema) }),
  ),
  /** Free-text answers are shown only when this many have answered in a group (the wave's threshold). */
  minComments: z.number().int(),
});
export type WaveForm = z.infer<typeof waveFormSchema>;

/**
 * POST /waves/{id}/responses: every item is optional (a skipped item is left out). Scale and choice
 * items go in `answers`; free-text items in `comments`. Out-of-range values, unknown keys or
 * targets are 422; a closed or unknown wave 404; a second answer 409 barometerAlreadyAnswered.
 */
export const submitResponseBody = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        itemKey: z.string().max(130),
        targetUnitId: id.nullable().default(null),
        value: z.number().int().min(0).max(10),
      }),
    )
    .max(barometerLimits.answers),
  comments: z
    .array(z.strictObject({ itemKey: z.string().max(130), text: requiredLongText(barometerLimits.commentText) }))
    .max(20)
    .default([]),
});
export type SubmitResponseBody = z.infer<typeof submitResponseBody>;

/** The answer is stored without anything that points back to the person. */
export const submitResponseSchema = z.object({ answered: z.literal(true) });

// ---------------------------------------------------------------- results

export const resultsQuery = z.object({
  /** The unit whose subtree to show; default: the top of what the caller may see. */
  unitId: id.optional(),
});

export const heatmapColumnSchema = z.object({
  /** 'instrumentKey.dimensionKey' (or the instrument's total index key). */
  key: z.string(),
  instrumentKey: z.string(),
  name: z.string(),
  /** Cells carry score100 (0..100) when true, else only mean on the scale below. */
  score100: z.boolean(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
});

export const heatmapRowSchema = z.object({
  unit: unitRef,
  parentId: id.nullable(),
  /** Depth below the wave's top unit (0 = top). */
  depth: z.number().int(),
  participation: participationCellSchema,
  /** One per column, in column order. */
  cells: z.array(scoreCellSchema),
});
export type HeatmapRow = z.infer<typeof heatmapRowSchema>;

/**
 * GET /waves/{id}/heatmap?unitId=: rows are the unit and every unit below it the caller may see,
 * in tree order; each row is the unit's whole subtree. `organisation` is the wave's top (the
 * comparison), shown to everyone who sees any result.
 */
export const heatmapSchema = z.object({
  wave: z.object({ id, title: z.string(), closedAt: z.string() }),
  columns: z.array(heatmapColumnSchema),
  rows: z.array(heatmapRowSchema),
  organisation: heatmapRowSchema,
});
export type Heatmap = z.infer<typeof heatmapSchema>;

export const itemResultSchema = z.object({
  key: z.string(),
  instrumentKey: z.string(),
  kind: z.enum(itemKinds),
  text: z.string(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  minLabel: z.string().nullable(),
  maxLabel: z.string().nullable(),
  choices: z.array(z.string()),
  unit: distributionCellSchema,
  organisation: distributionCellSchema,
});

/**
 * GET /waves/{id}/items?unitId=: the distribution of every scale and choice item for one unit's
 * subtree (default: the wave's top) next to the organisation; free-text comments of the subtree in
 * random order when enough were written (comments carry no author, unit or time).
 */
export const itemsResultSchema = z.object({
  unit: unitRef,
  items: z.array(itemResultSchema),
  comments: z.discriminatedUnion('suppressed', [
    suppressedSchema,
    z.object({
      suppressed: z.literal(false),
      items: z.array(z.object({ itemKey: z.string(), itemText: z.string(), text: z.string() })),
    }),
  ]),
});
export type ItemsResult = z.infer<typeof itemsResultSchema>;

/** instrument: its key; without it, the first instrument with scales in the newest wave that included the unit. */
export const trendQuery = z.object({ instrument: z.string().max(60).optional() });
export const unitIdParams = z.object({ unitId: id });

/** GET /units/{unitId}/trend?instrument=: the unit's subtree over the closed waves that included it. */
export const trendSchema = z.object({
  unit: unitRef,
  instrument: z.object({ key: z.string(), name: z.string() }),
  columns: z.array(heatmapColumnSchema),
  points: z.array(
    z.object({
      wave: z.object({ id, title: z.string(), closedAt: z.string() }),
      participation: participationCellSchema,
      cells: z.array(scoreCellSchema),
    }),
  ),
});
export type Trend = z.infer<typeof trendSchema>;

/**
 * GET /waves/{id}/coordination: the relational-coordination matrix. A row is a rating group (a
 * unit's subtree), a column a work group it depends on; the cell is the mean over the seven
 * dimensions with each dimension beside it.
 */
export const coordinationSchema = z.object({
  dimensions: z.array(z.object({ key: z.string(), name: z.string() })),
  targets: z.array(unitRef),
  rows: z.array(
    z.object({
      unit: unitRef,
      depth: z.number().int(),
      /** One per target, in target order. */
      cells: z.array(
        z.object({
          overall: scoreCellSchema,
          /** One per dimension (empty when overall is suppressed). */
          dimensions: z.array(scoreCellSchema),
        }),
      ),
    }),
  ),
});
export type Coordination = z.infer<typeof coordinationSchema>;

export const chainLinkSchema = z.object({
  level: z.enum(chainLevels),
  /** The respondents' trust in this level (can, will, dare together). */
  up: scoreCellSchema,
  /** Trust this level places in those below it. */
  down: scoreCellSchema,
  /** Trust up per facet: can, will, dare in that order. */
  facets: z.array(z.object({ facet: z.enum(trustFacets), cell: scoreCellSchema })),
});

/** GET /waves/{id}/chain?unitId=: trust up and down per link of the steering chain. */
export const chainSchema = z.object({
  unit: unitRef,
  links: z.array(chainLinkSchema),
  organisation: z.array(chainLinkSchema),
});
export type ChainMap = z.infer<typeof chainSchema>;

/** GET /waves/{id}/hme.csv: text/csv, one row per unit the caller may see; suppressed rows marked. */
