// The signals module's pages. Each page is its own chunk, loaded on first visit.
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../../app/require-admin';

/** Reachable without signing in: the anonymous author's follow page, whose key is the credential. */
export const signalsPublicRoutes: RouteObject[] = [
  { path: 'signals/follow', lazy: async () => ({ Component: (await import('./pages/follow-page')).FollowPage }) },
];

/** Mounted by the app inside the signed-in layout. */
export const signalsRoutes: RouteObject[] = [
  { path: 'signals', lazy: async () => ({ Component: (await import('./pages/board-page')).BoardPage }) },
  { path: 'signals/new', lazy: async () => ({ Component: (await import('./pages/raise-page')).RaisePage }) },
  {
    path: 'signals/good-examples',
    lazy: async () => ({ Component: (await import('./pages/good-examples-page')).GoodExamplesPage }),
  },
  { path: 'signals/figures', lazy: async () => ({ Component: (await import('./pages/figures-page')).FiguresPage }) },
  { path: 'signals/:id', lazy: async () => ({ Component: (await import('./pages/signal-page')).SignalPage }) },
  {
    element: <RequireAdmin />,
    children: [
      {
        path: 'signals/settings',
        lazy: async () => ({ Component: (await import('./pages/settings-page')).SignalSettingsPage }),
      },
    ],
  },
];

export interface SignalsNavEntry {
  to: string;
  /** Key in the 'signals' namespace. */
  labelKey: string;
  /** "/signals" must not light up on "/signals/new". */
  end?: boolean;
}

/** "New signal" is one tap from the menu on every page: the frontline's way in. */
export const signalsNav: SignalsNavEntry[] = [
  { to: '/signals/new', labelKey: 'nav.raise' },
  { to: '/signals', labelKey: 'nav.board', end: true },
];
