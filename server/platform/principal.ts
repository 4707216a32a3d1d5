// Who is making a request, as loaded from their session. Every service call receives a context
// with the principal; policies decide from it alone.
import type { Kysely } from 'kysely';
import type { Locale } from '../../common/i18n/locales.js';
import type { MembershipRole, OrgRole } from '../../common/org/roles.js';
import type { Database } from '../db/schema.js';
import { unauthenticated } from './errors.js';

export interface Principal {
  personId: string;
  sessionId: string;
  name: string;
  email: string;
  roles: ReadonlySet<OrgRole>;
  memberships: ReadonlyArray<{ unitId: string; role: MembershipRole }>;
  /** Set when the request came with an API token: it acts for the administrator who created
   *  it, limited to its scopes (checked per route by the request context). */
  token: { id: string; scopes: ReadonlySet<string> } | null;
}

export interface ServiceContext {
  db: Kysely<Database>;
  principal: Principal | null;
  locale: Locale;
  requestId: string;
}

export interface AuthedContext extends ServiceContext {
  principal: Principal;
}

/** The first line of every service call that needs a signed-in user. */
export function requireSignedIn(ctx: ServiceContext): AuthedContext {
  const { principal } = ctx;
  if (!principal) throw unauthenticated();
  return { ...ctx, principal };
}

export function isAdmin(principal: Principal): boolean {
  return principal.roles.has('admin');
}
