// The burden module's pages. Each page is its own chunk, loaded on first visit.
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../../app/require-admin';

/** Mounted by the app inside the signed-in layout. */
export const burdenRoutes: RouteObject[] = [
  { path: 'burden', lazy: async () => ({ Component: (await import('./pages/overview-page')).OverviewPage }) },
  { path: 'burden/assess', lazy: async () => ({ Component: (await import('./pages/assess-page')).AssessPage }) },
  { path: 'burden/demands', lazy: async () => ({ Component: (await import('./pages/demands-page')).DemandsPage }) },
  {
    path: 'burden/demands/new',
    lazy: async () => ({ Component: (await import('./pages/demand-create-page')).DemandCreatePage }),
  },
  { path: 'burden/demands/:id', lazy: async () => ({ Component: (await import('./pages/demand-page')).DemandPage }) },
  {
    path: 'burden/demands/:id/edit',
    lazy: async () => ({ Component: (await import('./pages/demand-edit-page')).DemandEditPage }),
  },
  { path: 'burden/rounds', lazy: async () => ({ Component: (await import('./pages/rounds-page')).RoundsPage }) },
  {
    path: 'burden/rounds/new',
    lazy: async () => ({ Component: (await import('./pages/round-create-page')).RoundCreatePage }),
  },
  { path: 'burden/rounds/:id', lazy: async () => ({ Component: (await import('./pages/round-page')).RoundPage }) },
  {
    element: <RequireAdmin />,
    children: [
      { path: 'burden/import', lazy: async () => ({ Component: (await import('./pages/import-page')).ImportPage }) },
      {
        path: 'burden/settings',
        lazy: async () => ({ Component: (await import('./pages/settings-page')).SettingsPage }),
      },
    ],
  },
];

export interface BurdenNavEntry {
  to: string;
  /** Key in the 'burden' namespace. */
  labelKey: string;
  end?: boolean;
}

/** "Assess demands" is the frontline's way in; "Burden" the overview for everyone. */
export const burdenNav: BurdenNavEntry[] = [
  { to: '/burden/assess', labelKey: 'nav.assess' },
  { to: '/burden', labelKey: 'nav.overview', end: true },
];
