// Where the browser goes after the provider's callback: pages of the web app, all local paths.
import type { OidcLinkOutcome, OidcSignInError } from '../../../../common/platform/identity.js';
import type { SessionStage } from '../sessions.js';

function withNext(path: string, returnTo: string | undefined): string {
  if (!returnTo || returnTo === '/') return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}next=${encodeURIComponent(returnTo)}`;
}

/** Signed in: where the person was heading, or the second step of the web app's sign-in (the
 *  code step of the sign-in page, or the enrolment page; web/modules/platform/security). */
export function landingAfterSignIn(stage: SessionStage, returnTo: string): string {
  if (stage === 'mfa') return withNext('/sign-in?step=mfa', returnTo);
  if (stage === 'enrol') return withNext('/sign-in/enrol', returnTo);
  return returnTo;
}

export function signInErrorPage(error: OidcSignInError, returnTo?: string): string {
  return withNext(`/sign-in?error=${error}`, returnTo);
}

export function settingsOutcomePage(outcome: OidcLinkOutcome): string {
  return `/settings?identity=${outcome}`;
}

/** A failed sign-in's page reason, said the way connecting an account says it. */
export function linkOutcomeFor(error: OidcSignInError): OidcLinkOutcome {
  if (error === 'denied' || error === 'expired' || error === 'unavailable') return error;
  return 'failed';
}
