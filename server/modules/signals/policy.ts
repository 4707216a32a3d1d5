// Who may see and do what with signals. The one place these rules live; every signals service
// call asks it.
//
// - Openness: everyone signed in sees every signal, named or anonymous, with its whole timeline.
// - A restricted or confidential signal is seen only by its author and by the managers of the
//   unit it concerns or the unit handling it, and the chain above them (a manager of a unit
//   "manages" everything below it, see orgScope).
// - The handling unit's managers (and the chain above) answer; what they cannot solve they hand
//   up. The author replies, reopens "done" once, and may restrict (also when raising); leaders in
//   the chain may restrict too, and lift a restriction they set, but never one the author set:
//   only the author (an anonymous one through the follow link) lifts that.
// - Response figures are about leaders: shown to the unit's managers and the chain above only.
//   Analysts and administrators see them only where they are such managers themselves.
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
  /** The restriction in force was set by the author (named, or anonymous through the follow link). */
  restrictedByAuthor: boolean;
  confidential: boolean;
  reopenCount: number;
}

/** Who is looking, as far as seeing a signal goes: also built for people other than the caller
 *  (the recipients of a notice). */
export interface SignalViewer {
  personId: string;
  /** Units the viewer manages, with everything below them (OrgScope.managed). */
  managed: ReadonlySet<string>;
}

const viewerOf = (s: OrgScope): SignalViewer => ({ personId: s.principal.personId, managed: s.managed });

const isAuthor = (s: OrgScope, signal: SignalFactsForPolicy) =>
  signal.authorId !== null && signal.authorId === s.principal.personId;

const inChain = (s: OrgScope, signal: SignalFactsForPolicy) => viewerInChain(viewerOf(s), signal);

const viewerInChain = (v: SignalViewer, signal: SignalFactsForPolicy) =>
  v.managed.has(signal.handlingUnitId) || v.managed.has(signal.unitId);

const viewerCanSee = (v: SignalViewer, signal: SignalFactsForPolicy) =>
  (!signal.restricted && !signal.confidential) ||
  (signal.authorId !== null && signal.authorId === v.personId) ||
  viewerInChain(v, signal);

const canAnswerAtAll = (s: OrgScope, signal: SignalFactsForPolicy) => s.managed.has(signal.handlingUnitId);

export const signalsPolicy = {
  canSee: (s: OrgScope, signal: SignalFactsForPolicy) => viewerCanSee(viewerOf(s), signal),
  /** The same rule for someone other than the caller, such as the recipient of a notice. */
  viewerCanSee,
  answers: (s: OrgScope, signal: SignalFactsForPolicy): readonly AnswerType[] =>
    canAnswerAtAll(s, signal) ? allowedAnswers[signal.status] : [],
  /** The author replies; leaders in the chain comment. */
  canReply: (s: OrgScope, signal: SignalFactsForPolicy) => isAuthor(s, signal) || inChain(s, signal),
  canReopen: (s: OrgScope, signal: SignalFactsForPolicy) =>
    isAuthor(s, signal) && signal.status === 'done' && signal.reopenCount === 0,
  /** May change the restriction as it stands: set it, or lift it — a leader never lifts the author's. */
  canRestrict: (s: OrgScope, signal: SignalFactsForPolicy) =>
    isAuthor(s, signal) || (inChain(s, signal) && !(signal.restricted && signal.restrictedByAuthor)),
  canMeToo: (s: OrgScope, signal: SignalFactsForPolicy) =>
    !isAuthor(s, signal) &&
    (signal.kind === 'obstacle' || signal.kind === 'rule_obstacle') &&
    (signal.status === 'open' || signal.status === 'taken'),
  canSeeFigures: (s: OrgScope, unitId: string) => s.managed.has(unitId),
  canChangeSettings: (s: OrgScope) => isAdmin(s.principal),
};

/** The follow link stands in for an anonymous author: it may read, reply, reopen "done" once, and
 *  restrict the signal or lift the restriction (the author's right, whoever set it). */
export const followPolicy = {
  canReopen: (signal: SignalFactsForPolicy) => signal.status === 'done' && signal.reopenCount === 0,
  canRestrict: (signal: SignalFactsForPolicy) => signal.authorId === null,
};
