// Who may see and do what with signals. The one place these rules live; every signals service
// call asks it.
//
// - Openness: everyone signed in sees every signal, named or anonymous, with its whole timeline.
// - A restricted or confidential signal is seen only by its author and by the managers of the
//   unit it concerns or the unit handling it, and the chain above them (a manager of a unit
//   "manages" everything below it, see orgScope).
// - The handling unit's managers (and the chain above) answer; what they cannot solve they hand
//   up. The author replies, reopens "done" once, and may restrict; leaders may restrict too.
// - Response figures are about leaders: the unit's managers and the chain above, analysts and
//   administrators see them.
import type { SignalKind, SignalStatus } from '../../../common/signals/vocabulary.js';
import { allowedAnswers, type AnswerType } from '../../../common/signals/vocabulary.js';
import { isAdmin } from '../../platform/principal.js';
import type { OrgScope } from '../org/policy.js';

export interface SignalFactsForPolicy {
  kind: SignalKind;
  status: SignalStatus;
  unitId: string;
  handlingUnitId: string;
  authorId: string | null;
  restricted: boolean;
  confidential: boolean;
  reopenCount: number;
}

const isAuthor = (s: OrgScope, signal: SignalFactsForPolicy) =>
  signal.authorId !== null && signal.authorId === s.principal.personId;

const inChain = (s: OrgScope, signal: SignalFactsForPolicy) =>
  s.managed.has(signal.handlingUnitId) || s.managed.has(signal.unitId);

const canAnswerAtAll = (s: OrgScope, signal: SignalFactsForPolicy) => s.managed.has(signal.handlingUnitId);

export const signalsPolicy = {
  canSee: (s: OrgScope, signal: SignalFactsForPolicy) =>
    (!signal.restricted && !signal.confidential) || isAuthor(s, signal) || inChain(s, signal),
  answers: (s: OrgScope, signal: SignalFactsForPolicy): readonly AnswerType[] =>
    canAnswerAtAll(s, signal) ? allowedAnswers[signal.status] : [],
  /** The author replies; leaders in the chain comment. */
  canReply: (s: OrgScope, signal: SignalFactsForPolicy) => isAuthor(s, signal) || inChain(s, signal),
  canReopen: (s: OrgScope, signal: SignalFactsForPolicy) =>
    isAuthor(s, signal) && signal.status === 'done' && signal.reopenCount === 0,
  canRestrict: (s: OrgScope, signal: SignalFactsForPolicy) => isAuthor(s, signal) || inChain(s, signal),
  canMeToo: (s: OrgScope, signal: SignalFactsForPolicy) =>
    !isAuthor(s, signal) &&
    (signal.kind === 'obstacle' || signal.kind === 'rule_obstacle') &&
    (signal.status === 'open' || signal.status === 'taken'),
  canSeeFigures: (s: OrgScope, unitId: string) =>
    isAdmin(s.principal) || s.principal.roles.has('analyst') || s.managed.has(unitId),
  canChangeSettings: (s: OrgScope) => isAdmin(s.principal),
};

/** The follow link stands in for an anonymous author: it may read, reply and reopen "done" once. */
export const followPolicy = {
  canReopen: (signal: SignalFactsForPolicy) => signal.status === 'done' && signal.reopenCount === 0,
};
