// The exact fields of a signal that leave the server. An anonymous signal has no author to
// present; raw rows never leave.
import type { SignalEvent, SignalSummary } from '../../../common/signals/signals.js';
import {
  affectedGroups,
  isActorRole,
  isEventKind,
  isSignalKind,
  isSignalStatus,
  type SignalKind,
  type SignalStatus,
} from '../../../common/signals/vocabulary.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import type { SignalFactsForPolicy } from './policy.js';
import type { EventView, SignalView } from './repo.js';

const kindOf = (kind: string): SignalKind => (isSignalKind(kind) ? kind : 'obstacle');
const statusOf = (status: string): SignalStatus => (isSignalStatus(status) ? status : 'open');

function affectsOf(json: string): Array<(typeof affectedGroups)[number]> {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v) => isOneOf(affectedGroups, v)) : [];
}

export function policyFacts(row: SignalView): SignalFactsForPolicy {
  return {
    kind: kindOf(row.kind),
    status: statusOf(row.status),
    unitId: row.unit_id,
    handlingUnitId: row.handling_unit_id,
    authorId: row.author_id,
    restricted: row.restricted === 1,
    restrictedByAuthor: row.restricted === 1 && row.restricted_by_role === 'author',
    confidential: row.conf_id !== null,
    reopenCount: row.reopen_count,
  };
}

export function presentSummary(
  row: SignalView,
  viewer: { personId: string | null; confirmed: boolean },
  now: Date,
): SignalSummary {
  const status = statusOf(row.status);
  return {
    id: row.id,
    kind: kindOf(row.kind),
    status,
    unit: { id: row.unit_id, name: row.unit_name },
    handlingUnit: { id: row.handling_unit_id, name: row.handling_unit_name },
    text: row.text,
    suggestion: row.suggestion,
    minutesPerWeek: row.minutes_per_week,
    affects: affectsOf(row.affects_json),
    author: row.author_id !== null && row.author_name !== null ? { id: row.author_id, name: row.author_name } : null,
    restricted: row.restricted === 1,
    confidential: row.conf_id !== null,
    createdAt: row.created_at,
    dueAt: row.due_at,
    firstAnsweredAt: row.first_answered_at,
    escalationLevel: row.escalation_level,
    overdue: status === 'open' && Date.parse(row.due_at) < now.getTime(),
    meToo: {
      count: row.me_too_count,
      totalMinutesPerWeek: (row.minutes_per_week ?? 0) + row.me_too_minutes,
      mine: viewer.confirmed,
    },
    mine: viewer.personId !== null && row.author_id === viewer.personId,
  };
}

/** `mandates`: titles of the mandates hand-ups cited that the reader may see (citedMandateTitles). */
export function presentEvent(row: EventView, mandates: ReadonlyMap<string, string> = new Map()): SignalEvent {
  const mandateTitle = row.mandate_id === null ? undefined : mandates.get(row.mandate_id);
  return {
    id: row.id,
    kind: isEventKind(row.kind) ? row.kind : 'comment',
    actorRole: isActorRole(row.actor_role) ? row.actor_role : 'system',
    actor: row.actor_id !== null && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    text: row.text,
    fromUnit:
      row.from_unit_id !== null && row.from_name !== null ? { id: row.from_unit_id, name: row.from_name } : null,
    toUnit: row.to_unit_id !== null && row.to_name !== null ? { id: row.to_unit_id, name: row.to_name } : null,
    plannedBy: row.planned_by,
    mandate: row.mandate_id !== null && mandateTitle !== undefined ? { id: row.mandate_id, title: mandateTitle } : null,
    createdAt: row.created_at,
  };
}
