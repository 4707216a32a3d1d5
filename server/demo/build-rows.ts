// Turns the demo plan into table rows. Pure and deterministic: the same plan always gives the same
// rows (apart from the password hashes passed in), so two demo databases can be compared and
// documentation can name real people from the demo.
import type { Insertable } from 'kysely';
import type { MembershipRole, OrgRole, UnitKind } from '../../common/org/roles.js';
import type {
  MandateTable,
  MembershipTable,
  OrganisationTable,
  PersonRoleTable,
  PersonTable,
  UnitTable,
} from '../db/schema.js';
import { uniqueEmail } from './email.js';
import type { MandatePlan } from './mandates.js';
import { namePools } from './names.js';
import { chance, demoUuid, intBetween, mulberry32, pick, pickWeighted, type Rng } from './random.js';
import type { LeaderPlan, SignInPlan, StaffPlan, UnitPlan } from './unit-plan.js';

export interface DemoRows {
  organisation: Insertable<OrganisationTable>;
  units: Insertable<UnitTable>[];
  people: Insertable<PersonTable>[];
  personRoles: Insertable<PersonRoleTable>[];
  memberships: Insertable<MembershipTable>[];
  mandates: Insertable<MandateTable>[];
}

export interface DemoPlan {
  organisationName: string;
  chain: readonly UnitPlan[];
  mandates: readonly MandatePlan[];
  signIns: readonly SignInPlan[];
}

const prngSeed = 20260107;
/** Every created_at is this moment plus a fixed offset; the demo never reads the clock. */
const baseMs = Date.UTC(2025, 0, 7, 7, 0, 0);
/** Politicians and elected auditors serve the 2023–2026 term. */
const termStart = '2023-01-01';
const weightedPools = namePools.map((pool) => [pool, pool.weight] as const);
const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function at(offsetSeconds: number): string {
  return new Date(baseMs + offsetSeconds * 1000).toISOString();
}

/** A calendar date from the plan as a timestamp at the start of the working day. */
function onDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Demo plan has a malformed date: ${date}`);
  return `${date}T07:00:00.000Z`;
}

function flatten(plans: readonly UnitPlan[], parent: string | null): Array<{ plan: UnitPlan; parent: string | null }> {
  return plans.flatMap((plan) => [{ plan, parent }, ...flatten(plan.children ?? [], plan.code)]);
}

interface Position {
  unit: UnitPlan;
  key: string;
  title: string;
  role: MembershipRole;
  alsoIn?: string;
  orgRoles: readonly OrgRole[];
  leftOn?: string;
}

class DemoBuilder {
  private readonly rng: Rng = mulberry32(prngSeed);
  private readonly takenEmails: Set<string>;
  private readonly reservedNames: Set<string>;
  private readonly claims = new Map<string, SignInPlan[]>();
  private readonly unitKinds = new Map<string, UnitKind>();
  private readonly grantedRoles = new Set<string>();
  readonly rows: DemoRows;

  constructor(
    private readonly plan: DemoPlan,
    private readonly passwordHashes: ReadonlyMap<string, string>,
  ) {
    this.takenEmails = new Set(plan.signIns.map((s) => s.email));
    this.reservedNames = new Set(plan.signIns.map((s) => s.name));
    for (const signIn of plan.signIns) {
      const key = `${signIn.unit}\u0000${signIn.position}`;
      this.claims.set(key, [...(this.claims.get(key) ?? []), signIn]);
    }
    this.rows = {
      organisation: {
        id: demoUuid('organisation'),
        name: plan.organisationName,
        default_locale: 'sv',
        created_at: at(0),
      },
      units: [],
      people: [],
      personRoles: [],
      memberships: [],
      mandates: [],
    };
  }

  build(): DemoRows {
    const units = flatten(this.plan.chain, null);
    for (const { plan, parent } of units) this.addUnit(plan, parent);
    for (const { plan } of units) this.staffUnit(plan);
    const unclaimed = [...this.claims.values()].flat();
    if (unclaimed.length > 0) throw new Error(`Demo sign-in without a position: ${unclaimed[0]?.email ?? ''}`);
    for (const mandate of this.plan.mandates) this.addMandate(mandate);
    return this.rows;
  }

  private unitId(code: string): string {
    if (!this.unitKinds.has(code)) throw new Error(`Demo plan refers to an unknown unit: ${code}`);
    return demoUuid('unit', code);
  }

  private addUnit(plan: UnitPlan, parent: string | null): void {
    if (!codePattern.test(plan.code) || plan.code.length > 40) throw new Error(`Bad unit code: ${plan.code}`);
    if (this.unitKinds.has(plan.code)) throw new Error(`Duplicate unit code: ${plan.code}`);
    this.unitKinds.set(plan.code, plan.kind);
    const deactivatedAt = plan.deactivatedOn === undefined ? null : onDay(plan.deactivatedOn);
    this.rows.units.push({
      id: demoUuid('unit', plan.code),
      parent_id: parent === null ? null : this.unitId(parent),
      code: plan.code,
      name: plan.name,
      kind: plan.kind,
      description: plan.description,
      active: deactivatedAt === null ? 1 : 0,
      created_at: at(0),
      updated_at: deactivatedAt ?? at(0),
      deactivated_at: deactivatedAt,
    });
  }

  private staffUnit(unit: UnitPlan): void {
    if (unit.manager) this.fill(leaderPosition(unit, 'manager', unit.manager));
    if (unit.deputy) this.fill(leaderPosition(unit, 'deputy', unit.deputy));
    for (const group of unit.staff ?? []) {
      for (let i = 0; i < group.count; i += 1) this.fill(staffPosition(unit, group));
    }
  }

  /** Puts a sign-in person in the position if one claims it, otherwise a generated person. */
  private fill(position: Position): void {
    const claimKey = `${position.unit.code}\u0000${position.key}`;
    const signIn = this.claims.get(claimKey)?.shift();
    const politician = position.orgRoles.includes('politician');
    const person = signIn ? { name: signIn.name, email: signIn.email, locale: null } : this.inventPerson(politician);
    const personId = demoUuid('person', person.email);
    const leftAt = position.leftOn === undefined ? null : onDay(position.leftOn);
    const createdAt = at(this.rows.people.length + 1);
    this.rows.people.push({
      id: personId,
      email: person.email,
      name: person.name,
      title: position.title,
      locale: person.locale,
      notification_mode: chance(this.rng, 0.15) ? 'digest' : 'immediate',
      password_hash: signIn ? (this.passwordHashes.get(signIn.email) ?? null) : null,
      active: leftAt === null ? 1 : 0,
      created_at: createdAt,
      updated_at: leftAt ?? createdAt,
      deactivated_at: leftAt,
    });
    const startedAt = this.startDate(position.unit.kind);
    this.addMembership(personId, person.email, position.unit.code, position.role, startedAt, leftAt);
    if (position.alsoIn !== undefined) {
      this.addMembership(personId, person.email, position.alsoIn, 'staff', startedAt, leftAt);
    }
    for (const role of position.orgRoles) this.grant(personId, role);
  }

  private inventPerson(politician: boolean): { name: string; email: string; locale: string | null } {
    for (;;) {
      const pool = pickWeighted(this.rng, weightedPools);
      // Most of the municipal workforce are women; the boards are closer to even.
      const female = chance(this.rng, politician ? 0.5 : 0.78);
      const first = pick(this.rng, female ? pool.female : pool.male);
      const last = pick(this.rng, pool.surnames);
      const name = `${first} ${last}`;
      // A generated namesake of a demo sign-in would make the demo confusing to follow.
      if (this.reservedNames.has(name)) continue;
      const email = uniqueEmail(first, last, this.takenEmails);
      const locale =
        pool.locale !== undefined && chance(this.rng, 0.5) ? pool.locale : chance(this.rng, 0.02) ? 'en' : null;
      return { name, email, locale };
    }
  }

  private startDate(kind: UnitKind): string {
    if (kind === 'board' || kind === 'supervisory') return onDay(termStart);
    const year = intBetween(this.rng, 2004, 2024);
    const month = intBetween(this.rng, 1, 12);
    return onDay(`${year}-${String(month).padStart(2, '0')}-01`);
  }

  private addMembership(
    personId: string,
    email: string,
    unitCode: string,
    role: MembershipRole,
    startedAt: string,
    endedAt: string | null,
  ): void {
    this.rows.memberships.push({
      id: demoUuid('membership', email, unitCode, role),
      person_id: personId,
      unit_id: this.unitId(unitCode),
      role,
      started_at: startedAt,
      ended_at: endedAt,
    });
  }

  private grant(personId: string, role: OrgRole): void {
    const key = `${personId}\u0000${role}`;
    if (this.grantedRoles.has(key)) return;
    this.grantedRoles.add(key);
    this.rows.personRoles.push({ person_id: personId, role, granted_at: at(0) });
  }

  private addMandate(mandate: MandatePlan): void {
    const createdAt = onDay(mandate.decidedOn);
    this.rows.mandates.push({
      id: demoUuid('mandate', mandate.unit ?? '', mandate.holderRole ?? '', mandate.title),
      unit_id: mandate.unit === null ? null : this.unitId(mandate.unit),
      holder_role: mandate.holderRole,
      title: mandate.title,
      description: mandate.description,
      delegated_by: mandate.delegatedBy,
      active: mandate.replacedOn === undefined ? 1 : 0,
      created_at: createdAt,
      updated_at: mandate.replacedOn === undefined ? createdAt : onDay(mandate.replacedOn),
    });
  }
}

function leaderPosition(unit: UnitPlan, role: 'manager' | 'deputy', leader: LeaderPlan): Position {
  return { unit, key: role, title: leader.title, role, alsoIn: leader.alsoIn, orgRoles: leader.orgRoles ?? [] };
}

function staffPosition(unit: UnitPlan, group: StaffPlan): Position {
  return {
    unit,
    key: group.title,
    title: group.title,
    role: 'staff',
    alsoIn: group.alsoIn,
    orgRoles: group.orgRoles ?? [],
    leftOn: group.leftOn,
  };
}

export function buildDemoRows(plan: DemoPlan, passwordHashes: ReadonlyMap<string, string>): DemoRows {
  return new DemoBuilder(plan, passwordHashes).build();
}
