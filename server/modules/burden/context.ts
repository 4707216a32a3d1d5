// The first step of every burden service call: who is asking, their scope in the organisation and
// the organisation data the arithmetic needs.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { requireSignedIn, type AuthedContext, type ServiceContext } from '../../platform/principal.js';
import { orgScope, type OrgScope } from '../org/policy.js';
import { loadWorld, type World } from './world.js';

export interface BurdenContext {
  authed: AuthedContext;
  scope: OrgScope;
  world: World;
  me: string;
}

export async function burdenContext(ctx: ServiceContext, db: Kysely<Database> | Transaction<Database> = ctx.db) {
  const authed = requireSignedIn(ctx);
  const world = await loadWorld(db);
  const scope = orgScope(authed.principal, world.links);
  const result: BurdenContext = { authed, scope, world, me: authed.principal.personId };
  return result;
}
