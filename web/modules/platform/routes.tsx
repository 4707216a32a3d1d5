// The platform's pages. Each page is its own chunk, so the sign-in page does not download the
// code of pages that only signed-in users can reach.
import type { RouteObject } from 'react-router';

/** Reachable without signing in. */
export const platformPublicRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: async () => ({ Component: (await import('./sign-in-page')).SignInPage }) },
  { path: 'setup', lazy: async () => ({ Component: (await import('./setup-page')).SetupPage }) },
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
];

/** Need an administrator (the app's admin guard wraps them). */
export const platformAdminRoutes: RouteObject[] = [
  { path: 'audit', lazy: async () => ({ Component: (await import('./audit-page')).AuditPage }) },
];
