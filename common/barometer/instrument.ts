// An instrument is data: a versioned definition with every text in the four languages. The
// built-ins (./instruments/*) and the ones analysts add are validated by the same schema.
import { z } from 'zod';
import { invalidCharactersKey } from '../platform/fields.js';
import { chainDirections, chainLevels, itemAudiences, itemKinds, itemTargets, trustFacets } from './vocabulary.js';

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f\p{Cs}]*$/u, { message: invalidCharactersKey });

/** A text in every first-class language; none may be missing. */
export const localisedText = (max = 400) =>
  z.strictObject({ sv: line(max), nb: line(max), da: line(max), en: line(max) });
export type LocalisedText = z.infer<ReturnType<typeof localisedText>>;

/** Keys are code-like so they can be joined ('instrument.item') and appear in exports. */
export const definitionKey = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z][A-Za-z0-9]*$/);

export const instrumentItemSchema = z
  .strictObject({
    key: definitionKey,
    kind: z.enum(itemKinds),
    text: localisedText(),
    /** Scale items: the lowest and highest point (1..5 unless the instrument says otherwise). */
    scaleMin: z.number().int().min(0).max(10).default(1),
    scaleMax: z.number().int().min(1).max(10).default(5),
    /** Scale items: what the two ends mean. */
    minLabel: localisedText(80).optional(),
    maxLabel: localisedText(80).optional(),
    /** Choice items: the options, answered as their 1-based position. */
    choices: z.array(localisedText(120)).max(12).default([]),
    audience: z.enum(itemAudiences).default('all'),
    target: z.enum(itemTargets).default('none'),
    /** Trust instrument: which link of the chain, in which direction, which facet. */
    chainLevel: z.enum(chainLevels).optional(),
    direction: z.enum(chainDirections).optional(),
    facet: z.enum(trustFacets).optional(),
    /** A high value is bad (e.g. time lost): scores are reversed before dimensions are formed. */
    reversed: z.boolean().default(false),
  })
  .refine((item) => item.scaleMax > item.scaleMin, { message: 'barometerScaleRange', path: ['scaleMax'] })
  .refine((item) => item.kind !== 'choice' || item.choices.length >= 2, {
    message: 'barometerChoicesMissing',
    path: ['choices'],
  });
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

export const instrumentDimensionSchema = z.strictObject({
  key: definitionKey,
  names: localisedText(120),
  /** Keys of scale items of this instrument. */
  items: z.array(definitionKey).min(1).max(40),
  /** Shown on 0-100: (mean - min) / (max - min) * 100. */
  score100: z.boolean().default(false),
});
export type InstrumentDimension = z.infer<typeof instrumentDimensionSchema>;

export const instrumentDefinitionSchema = z
  .strictObject({
    key: definitionKey,
    version: z.number().int().min(1).max(1000),
    names: localisedText(120),
    descriptions: localisedText(600).optional(),
    items: z.array(instrumentItemSchema).min(1).max(60),
    dimensions: z.array(instrumentDimensionSchema).max(20).default([]),
    /** An index over all dimensions (e.g. HME total), on 0-100. */
    totalIndex: z.strictObject({ key: definitionKey, names: localisedText(120) }).optional(),
  })
  .refine((d) => new Set(d.items.map((i) => i.key)).size === d.items.length, {
    message: 'barometerDuplicateKey',
    path: ['items'],
  })
  .refine((d) => new Set(d.dimensions.map((x) => x.key)).size === d.dimensions.length, {
    message: 'barometerDuplicateKey',
    path: ['dimensions'],
  })
  // Issues name the exact place (dimensions.i.items.j), so the form can point at it.
  .superRefine((d, ctx) => {
    d.dimensions.forEach((dim, i) => {
      const audiences = new Set<string>();
      dim.items.forEach((key, j) => {
        const item = d.items.find((candidate) => candidate.key === key);
        if (!item || item.kind !== 'scale')
          ctx.addIssue({ code: 'custom', message: 'barometerUnknownItem', path: ['dimensions', i, 'items', j] });
        else audiences.add(item.audience);
      });
      // Managers' answers are stored apart from everyone's (see SECURITY.md), so a scale cannot mix them.
      if (audiences.size > 1)
        ctx.addIssue({ code: 'custom', message: 'barometerMixedAudience', path: ['dimensions', i, 'items'] });
    });
  });
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
/** What an author writes (defaults may be left out). */
export type InstrumentDefinitionInput = z.input<typeof instrumentDefinitionSchema>;
