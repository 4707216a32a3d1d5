// The shape of the demo organisation's plan: units of the steering chain and who works in them.
// The plan is plain data; build-rows.ts turns it into table rows with names, e-mails and ids.
import type { OrgRole, UnitKind } from '../../common/org/roles.js';

/** One manager or deputy position in a unit. */
export interface LeaderPlan {
  title: string;
  /** Also a member (role staff) of this unit, e.g. a department head in the management team. */
  alsoIn?: string;
  orgRoles?: readonly OrgRole[];
}

/** A group of people with the same title in a unit, all with membership role staff. */
export interface StaffPlan {
  title: string;
  count: number;
  /** Every person in the group is also staff in this unit, e.g. a specialist shared by two schools. */
  alsoIn?: string;
  orgRoles?: readonly OrgRole[];
  /** These people have left: they are inactive and their memberships ended on this date. */
  leftOn?: string;
}

export interface UnitPlan {
  code: string;
  name: string;
  kind: UnitKind;
  description: string;
  manager?: LeaderPlan;
  deputy?: LeaderPlan;
  staff?: readonly StaffPlan[];
  children?: readonly UnitPlan[];
  /** A unit that has been closed or merged; kept so that history still points somewhere. */
  deactivatedOn?: string;
}

/** A demo sign-in takes one position in the plan instead of a generated person. */
export interface SignInPlan {
  /** What the sign-in demonstrates, e.g. "unit_manager". */
  role: string;
  email: string;
  name: string;
  description: string;
  unit: string;
  /** "manager", "deputy" or the title of a staff group in the unit. */
  position: string;
}
