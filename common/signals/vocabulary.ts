import { isOneOf } from '../platform/one-of.js';

// The vocabulary of signals. Labels live in the i18n catalogs (signals.kinds.* etc.).

/** An obstacle hinders good work; a rule obstacle is a rule, reporting demand or law from outside
 *  the unit that does (it may point at an item of the burden inventory); an idea; a good example
 *  worth lifting up. */
export const signalKinds = ['obstacle', 'rule_obstacle', 'idea', 'good_example'] as const;
export type SignalKind = (typeof signalKinds)[number];

/** open: waiting for an answer from the handling unit's managers; taken: someone is on it;
 *  declined: not doing it, with a reason everyone can read; done: what changed. */
export const signalStatuses = ['open', 'taken', 'declined', 'done'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

/** The answers a leader can give. */
export const answerTypes = ['take', 'hand_up', 'decline', 'done'] as const;
export type AnswerType = (typeof answerTypes)[number];

/** Every step on a signal's timeline. */
export const eventKinds = [
  'created',
  'take',
  'hand_up',
  'decline',
  'done',
  'reply',
  'comment',
  'reopened',
  'escalated',
  'restricted',
  'unrestricted',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** Who wrote a step: the author (also when anonymous), a leader, or Tillit itself. */
export const actorRoles = ['author', 'leader', 'system'] as const;
export type ActorRole = (typeof actorRoles)[number];

export const affectedGroups = ['staff', 'citizens'] as const;

/** Which answers are allowed from which status. Done is reopened by the author, not a leader. */
export const allowedAnswers: Record<SignalStatus, readonly AnswerType[]> = {
  open: ['take', 'hand_up', 'decline', 'done'],
  taken: ['hand_up', 'decline', 'done'],
  declined: ['take'],
  done: [],
};

export const isSignalKind = (value: unknown): value is SignalKind => isOneOf(signalKinds, value);
export const isSignalStatus = (value: unknown): value is SignalStatus => isOneOf(signalStatuses, value);
export const isEventKind = (value: unknown): value is EventKind => isOneOf(eventKinds, value);
export const isActorRole = (value: unknown): value is ActorRole => isOneOf(actorRoles, value);
