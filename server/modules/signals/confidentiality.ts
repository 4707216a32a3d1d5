// A signal can be marked confidential under the public-access rules (for example when it concerns
// someone's health). Then, like a restricted signal, only its author and the managers of its unit
// or of the unit handling it, and the chain above them, see it (policy.ts); those managers are also
// the ones who may mark it. Registered with the platform so the generic marking API works for it.
import { orgScope } from '../org/policy.js';
import { loadUnitLinks, type UnitLink } from '../org/units-repo.js';
import { registerConfidentialType, type ConfidentialType } from '../../platform/privacy/confidential.js';
import { signalsPolicy, type SignalFactsForPolicy } from './policy.js';
import { policyFacts } from './presenters.js';
import { findSignalView } from './repo.js';

interface SignalSubject {
  facts: SignalFactsForPolicy;
  links: readonly UnitLink[];
}

const inChain = (principal: Parameters<typeof orgScope>[0], subject: SignalSubject) => {
  const scope = orgScope(principal, subject.links);
  return scope.managed.has(subject.facts.handlingUnitId) || scope.managed.has(subject.facts.unitId);
};

export const signalConfidentiality: ConfidentialType<SignalSubject> = {
  entityType: 'signal',
  load: async (db, id) => {
    const view = await findSignalView(db, id);
    return view ? { facts: policyFacts(view), links: await loadUnitLinks(db) } : null;
  },
  canMark: (principal, subject) => inChain(principal, subject),
  canSee: (principal, subject) =>
    signalsPolicy.canSee(orgScope(principal, subject.links), { ...subject.facts, confidential: true }),
};

registerConfidentialType(signalConfidentiality);
