// The exact fields of the organisation model that leave the server. Raw rows never do.
import type { z } from 'zod';
import type { Mandate, UnitSummary } from '../../../common/org/units.js';
import type { unitMemberSchema } from '../../../common/org/units.js';
import {
  isMembershipRole,
  isUnitKind,
  mandateHolderRoles,
  type MembershipRole,
  type UnitKind,
} from '../../../common/org/roles.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import type { ConfidentialMarking } from '../../../common/platform/privacy.js';
import type { MandateRow, UnitRow } from '../../db/schema.js';

const isHolderRole = (value: unknown): value is (typeof mandateHolderRoles)[number] =>
  isOneOf(mandateHolderRoles, value);

/** Rows written by an older version with an unknown value fall back to the most neutral one. */
export const unitKindOf = (kind: string): UnitKind => (isUnitKind(kind) ? kind : 'unit');
export const membershipRoleOf = (role: string): MembershipRole => (isMembershipRole(role) ? role : 'staff');

export function presentUnitSummary(
  row: UnitRow,
  stats: { counts: Map<string, number>; managers: Map<string, string[]> },
): UnitSummary {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    kind: unitKindOf(row.kind),
    active: row.active === 1,
    memberCount: stats.counts.get(row.id) ?? 0,
    managerNames: stats.managers.get(row.id) ?? [],
  };
}

export function presentMandate(
  row: MandateRow & { unit_name: string | null },
  marking: Pick<ConfidentialMarking, 'reason' | 'markedAt'> | null,
): Mandate {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    holderRole: isHolderRole(row.holder_role) ? row.holder_role : null,
    title: row.title,
    description: row.description,
    delegatedBy: row.delegated_by,
    active: row.active === 1,
    confidential: marking ? { reason: marking.reason, markedAt: marking.markedAt } : null,
  };
}

export function presentMember(row: {
  membershipId: string;
  personId: string;
  name: string;
  title: string;
  role: string;
  started_at: string;
  ended_at: string | null;
  active: number;
}): z.infer<typeof unitMemberSchema> {
  return {
    membershipId: row.membershipId,
    personId: row.personId,
    name: row.name,
    title: row.title,
    role: membershipRoleOf(row.role),
    startedAt: row.started_at,
    endedAt: row.ended_at,
    personActive: row.active === 1,
  };
}
