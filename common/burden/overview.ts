// The API contract of the burden overview, the settings and the CSV import.
import { z } from 'zod';
import { id, isoTime } from '../platform/fields.js';
import { demandRef, unitRef } from './demands.js';
import { burdenLimits, demandKinds, snapshotCauses } from './vocabulary.js';

/** GET /api/v1/burden/overview: the whole organisation, or one unit's subtree (owner units). */
export const overviewQuery = z.object({ unitId: id.optional() });

export const overviewSchema = z.object({
  unit: unitRef.nullable(),
  totals: z.object({
    annualHours: z.number(),
    fte: z.number(),
    money: z.number().nullable(),
    activeDemands: z.number().int(),
    /** Active people in the scope, and hours a year per person. */
    employees: z.number().int(),
    hoursPerEmployee: z.number().nullable(),
  }),
  /** Per unit the demands' performers belong to: the hours they spend and per employee. Top-level
   *  children of the scope (or of the organisation's root). */
  units: z.array(
    z.object({
      unit: unitRef,
      annualHours: z.number(),
      employees: z.number().int(),
      hoursPerEmployee: z.number().nullable(),
    }),
  ),
  topDemands: z.array(
    z.object({ demand: demandRef, kind: z.enum(demandKinds), annualHours: z.number(), ownerUnit: unitRef }),
  ),
  /** Share (0..1) of active demands with a legal basis; null with no demands. */
  legalBasisShare: z.number().nullable(),
  goals: z.object({
    /** Active goals and indicators. */
    count: z.number().int(),
    /** Shares (0..1) among those with the field set; null when none has it. */
    effectShare: z.number().nullable(),
    qualityShare: z.number().nullable(),
  }),
  /** Snapshots taken at each decision (and import), oldest first. Whole organisation. */
  trend: z.array(
    z.object({
      takenAt: isoTime,
      cause: z.enum(snapshotCauses),
      totalHours: z.number(),
      activeDemands: z.number().int(),
    }),
  ),
  /** Hours a year against mean usefulness, for demands with at least one assessment. A candidate:
   *  hours in the top third (>= hoursThreshold) and usefulness <= usefulnessThreshold. */
  cutChart: z.object({
    points: z.array(
      z.object({
        demand: demandRef,
        annualHours: z.number(),
        meanUsefulness: z.number(),
        assessments: z.number().int(),
        candidate: z.boolean(),
      }),
    ),
    hoursThreshold: z.number().nullable(),
    usefulnessThreshold: z.number(),
  }),
  settings: z.object({ hoursPerFte: z.number().int(), hourlyCost: z.number().int().nullable() }),
});
export type Overview = z.infer<typeof overviewSchema>;

/** GET/PUT /api/v1/burden/settings (PUT: administrators). */
export const burdenSettingsSchema = z.object({
  hoursPerFte: z.number().int(),
  hourlyCost: z.number().int().nullable(),
  canEdit: z.boolean(),
});
export type BurdenSettings = z.infer<typeof burdenSettingsSchema>;
export const burdenSettingsBody = z.strictObject({
  hoursPerFte: z.number().int().min(burdenLimits.hoursPerFteMin).max(burdenLimits.hoursPerFteMax),
  hourlyCost: z.number().int().min(burdenLimits.hourlyCostMin).max(burdenLimits.hourlyCostMax).nullable(),
});
export type BurdenSettingsBody = z.infer<typeof burdenSettingsBody>;
