// Confidential mandates. The register is open to everyone signed in, but a delegation can concern
// something secret (security, a personnel case). A confidential mandate is seen only by:
// - administrators, who keep the register (and are the only ones who may mark it);
// - the elected auditors (revisorer), whose task is to examine delegated decisions;
// - the managers and deputies of the mandate's unit and of every unit above it in the chain;
// - those who hold the mandate (mandate-holding.ts), who must know what they may decide;
// - the person who marked it (platform/privacy/confidential.ts).
// Analysts are not among them: they see the organisation to analyse it, which no single secret
// delegation needs. For everyone else the mandate is absent from every list, and its id answers 404.
import type { Kysely, Transaction } from 'kysely';
import { holdsMandate } from '../../../common/org/mandate-holding.js';
import { ancestorsOf } from '../../../common/org/tree.js';
import type { Database, MandateRow } from '../../db/schema.js';
import { isAdmin, type AuthedContext, type Principal } from '../../platform/principal.js';
import {
  canSeeConfidential,
  markingsOf,
  registerConfidentialType,
  type ConfidentialMarking,
  type ConfidentialType,
} from '../../platform/privacy/confidential.js';
import { findMandate } from './mandates-repo.js';
import { loadUnitLinks, type UnitLink } from './units-repo.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MandateSubject {
  unitId: string | null;
  holderRole: string | null;
  /** The mandate's unit and every unit above it. */
  unitChain: ReadonlySet<string>;
}

function subjectOf(row: Pick<MandateRow, 'unit_id' | 'holder_role'>, links: readonly UnitLink[]): MandateSubject {
  return {
    unitId: row.unit_id,
    holderRole: row.holder_role,
    unitChain: new Set(row.unit_id === null ? [] : ancestorsOf(links, row.unit_id).map((l) => l.id)),
  };
}

const managesChain = (principal: Principal, chain: ReadonlySet<string>) =>
  principal.memberships.some((m) => (m.role === 'manager' || m.role === 'deputy') && chain.has(m.unitId));

export const mandateConfidentiality: ConfidentialType<MandateSubject> = {
  entityType: 'mandate',
  load: async (db, id) => {
    const row = await findMandate(db, id);
    return row ? subjectOf(row, await loadUnitLinks(db)) : null;
  },
  canMark: (principal) => isAdmin(principal),
  canSee: (principal, subject) =>
    isAdmin(principal) ||
    principal.roles.has('auditor') ||
    managesChain(principal, subject.unitChain) ||
    holdsMandate(principal, subject),
};

registerConfidentialType(mandateConfidentiality);

/** The rows the caller may see, each with its marking (null when public). One query for the
 *  markings; the unit tree is read only when something on the list is confidential. */
export async function visibleMandates<Row extends MandateRow>(
  ctx: AuthedContext,
  rows: readonly Row[],
): Promise<Array<{ row: Row; marking: ConfidentialMarking | null }>> {
  const markings = await markingsOf(
    ctx.db,
    'mandate',
    rows.map((r) => r.id),
  );
  const links = markings.size > 0 ? await loadUnitLinks(ctx.db) : [];
  return rows.flatMap((row) => {
    const marking = markings.get(row.id) ?? null;
    const record = { marking, subject: subjectOf(row, links) };
    return canSeeConfidential(ctx.principal, mandateConfidentiality, record) ? [{ row, marking }] : [];
  });
}

/** One mandate with its marking, or null when it does not exist or the caller may not see it. */
export async function visibleMandate(ctx: AuthedContext, db: Db, id: string) {
  const row = await findMandate(db, id);
  if (!row) return null;
  const [visible] = await visibleMandates({ ...ctx, db }, [row]);
  return visible ?? null;
}
