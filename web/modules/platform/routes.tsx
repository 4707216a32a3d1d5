// The platform's pages. Each page is its own chunk, so the sign-in page does not download the
// code of pages that only signed-in users can reach.
import type { RouteObject } from 'react-router';

/** Reachable without signing in. */
export const platformPublicRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: async () => ({ Component: (await import('./sign-in-page')).SignInPage }) },
  { path: 'setup', lazy: async () => ({ Component: (await import('./setup-page')).SetupPage }) },
  {
    // A half-way sign-in whose role requires a second factor not yet set up.
    path: 'sign-in/enrol',
    lazy: async () => ({ Component: (await import('./security/enrol-page')).EnrolPage }),
  },
  {
    path: 'accessibility',
    lazy: async () => ({ Component: (await import('./accessibility-page')).AccessibilityPage }),
  },
];

/** Need a signed-in user (the app's guard wraps them). */
export const platformSignedInRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./home-page')).HomePage }) },
  {
    path: 'notifications',
    lazy: async () => ({ Component: (await import('./notifications-page')).NotificationsPage }),
  },
  { path: 'settings', lazy: async () => ({ Component: (await import('./settings-page')).SettingsPage }) },
  {
    path: 'settings/security',
    lazy: async () => ({ Component: (await import('./security/security-page')).SecurityPage }),
  },
  {
    // Administrators and auditors; the page says so to anyone else.
    path: 'audit/integrity',
    lazy: async () => ({ Component: (await import('./audit-integrity-page')).AuditIntegrityPage }),
  },
];

/** Need an administrator (the app's admin guard wraps them). */
export const platformAdminRoutes: RouteObject[] = [
  { path: 'audit', lazy: async () => ({ Component: (await import('./audit-page')).AuditPage }) },
  { path: 'tokens', lazy: async () => ({ Component: (await import('./tokens/api-tokens-page')).ApiTokensPage }) },
  {
    path: 'privacy/retention',
    lazy: async () => ({ Component: (await import('./privacy/retention-page')).RetentionPage }),
  },
];
