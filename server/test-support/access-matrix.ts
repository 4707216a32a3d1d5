// The shared vocabulary of the access matrix (server/platform/access-matrix.test.ts). Each area of
// the API keeps its own cases in an access-cases.ts beside its routes; access-case-index.ts lists them.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Scenario } from './api-app.js';

/** What an anonymous caller gets, with the body (if any) that makes the case meaningful. */
export interface AnonymousCase {
  status: number;
  body?: (s: Scenario) => object;
}

export const signedInOnly: AnonymousCase = { status: 401 };

/** The roles every case decides for. */
export type Role = 'admin' | 'analyst' | 'managerA' | 'staffA1' | 'managerB';
export const roles: readonly Role[] = ['admin', 'analyst', 'managerA', 'staffA1', 'managerB'];

/**
 * Roles a case decides for where they matter (an auditor on the audit routes, staff of unit B on a
 * signal of unit A, ...): the organisation roles, a deputy of deptA and staff of another unit.
 * Seeded by seedEveryRole (api-app.ts). A case that leaves one out does not run it.
 */
export type ExtraRole = 'auditor' | 'politician' | 'safetyRep' | 'caseHandler' | 'deputyA' | 'staffB1';
export const extraRoles: readonly ExtraRole[] = [
  'auditor',
  'politician',
  'safetyRep',
  'caseHandler',
  'deputyA',
  'staffB1',
];
export type Expectation = Record<Role, number> & Partial<Record<ExtraRole, number>>;

export interface RoleCase {
  /** The operation as in the OpenAPI document. */
  op: string;
  /** What is done, in words, for the test name. */
  what: string;
  url: (s: Scenario, db: Kysely<Database>) => Promise<string> | string;
  body?: (s: Scenario) => object | string;
  headers?: Record<string, string>;
  /** Brings the database into the state the case needs, before signing in. */
  prepare?: (s: Scenario, db: Kysely<Database>) => Promise<void>;
  /** What a refused call must leave as it was: read before and after, and compared on a 4xx. */
  unchanged?: (s: Scenario, db: Kysely<Database>) => Promise<unknown>;
  expect: Expectation;
}

export const everyone = (status: number): Record<Role, number> => ({
  admin: status,
  analyst: status,
  managerA: status,
  staffA1: status,
  managerB: status,
});
export const adminOnly: Record<Role, number> = { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 403 };
/** The roles of the organisation that are not in a unit's line: what they get on an admin's route. */
export const noOrgRole = (status: number): Partial<Record<ExtraRole, number>> => ({
  auditor: status,
  politician: status,
  safetyRep: status,
  caseHandler: status,
});
