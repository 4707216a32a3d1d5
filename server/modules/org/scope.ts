// Loads the signed-in person's scope in the organisation (see policy.ts): the first step of
// every org service call that decides access.
import type { AuthedContext } from '../../platform/principal.js';
import { orgScope, type OrgScope } from './policy.js';
import { loadUnitLinks, type UnitLink } from './units-repo.js';

export async function loadOrgScope(ctx: AuthedContext): Promise<{ scope: OrgScope; links: UnitLink[] }> {
  const links = await loadUnitLinks(ctx.db);
  return { scope: orgScope(ctx.principal, links), links };
}
