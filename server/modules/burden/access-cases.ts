import type { Database } from '../../db/schema.js';
import type { AnonymousCase, RoleCase } from '../../test-support/access-matrix.js';

export const burdenAnonymous: Record<string, AnonymousCase> = {};
export const burdenRoleCases: RoleCase[] = [];
/** The module's tables, children first, cleared before each access-matrix case. */
export const burdenTables: (keyof Database)[] = [];
