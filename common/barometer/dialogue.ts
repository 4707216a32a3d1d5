// The team-dialogue part of the barometer's API contract (re-exported by api.ts).
import { z } from 'zod';
import { id, longText } from '../platform/fields.js';
import { actionStatuses } from './vocabulary.js';

const unitRef = z.object({ id, name: z.string() });
const personRef = z.object({ id, name: z.string() });
const requiredLongText = (max: number) => longText(max).pipe(z.string().min(1));

export const dialogueLimits = { dialogueText: 4000, actionText: 500, actions: 30 } as const;

// ---------------------------------------------------------------- dialogue

export const dialogueActionSchema = z.object({
  id,
  text: z.string(),
  owner: personRef.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  /** What came of it, written at the follow-up. */
  followUp: z.string(),
});
export type DialogueAction = z.infer<typeof dialogueActionSchema>;

export const dialogueObstacleSchema = z.object({
  signalId: id,
  text: z.string(),
  createdAt: z.string(),
});

/**
 * GET /waves/{id}/units/{unitId}/dialogue: managers of the unit (and the chain above) write;
 * members read. `dialogue` is null before the first save. `previous` holds the same unit's
 * actions from the latest earlier closed wave, for follow-up.
 */
export const dialogueSchema = z.object({
  wave: z.object({ id, title: z.string() }),
  unit: unitRef,
  dialogue: z
    .object({
      id,
      seen: z.string(),
      willDo: z.string(),
      actions: z.array(dialogueActionSchema),
      obstacles: z.array(dialogueObstacleSchema),
      updatedAt: z.string(),
    })
    .nullable(),
  previous: z
    .object({ wave: z.object({ id, title: z.string() }), dialogueId: id, actions: z.array(dialogueActionSchema) })
    .nullable(),
  /** People of the unit, for the owner of an action. */
  members: z.array(personRef),
  can: z.object({ edit: z.boolean(), raiseObstacle: z.boolean() }),
});
export type Dialogue = z.infer<typeof dialogueSchema>;

/** PUT .../dialogue: the whole dialogue; an action without id is new, a missing one is removed. */
export const saveDialogueBody = z.strictObject({
  seen: longText(dialogueLimits.dialogueText).default(''),
  willDo: longText(dialogueLimits.dialogueText).default(''),
  actions: z
    .array(
      z.strictObject({
        id: id.optional(),
        text: requiredLongText(dialogueLimits.actionText),
        ownerPersonId: id.nullable().default(null),
        dueOn: z.iso.date().nullable().default(null),
        status: z.enum(actionStatuses).default('planned'),
        followUp: longText(dialogueLimits.dialogueText).default(''),
      }),
    )
    .max(dialogueLimits.actions)
    .default([]),
  /** Follow-up of the previous wave's actions (their ids), saved on that dialogue. */
  previousActions: z
    .array(
      z.strictObject({
        id,
        status: z.enum(actionStatuses),
        followUp: longText(dialogueLimits.dialogueText).default(''),
      }),
    )
    .max(dialogueLimits.actions)
    .default([]),
});
export type SaveDialogueBody = z.infer<typeof saveDialogueBody>;

/**
 * POST .../dialogue/obstacles: raises a signal (kind obstacle, on this unit, named by the caller)
 * linked to the dialogue. Answers the dialogue with the new obstacle in it.
 */
export const raiseObstacleBody = z.strictObject({
  text: requiredLongText(4000),
  suggestion: longText(4000).default(''),
  /** Chosen by the client once per form: a double submit returns the first signal. */
  idempotencyKey: id.optional(),
});
export type RaiseObstacleBody = z.infer<typeof raiseObstacleBody>;
