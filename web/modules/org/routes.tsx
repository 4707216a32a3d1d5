// The org module's pages. Each page is its own chunk, loaded on first visit, so none of this
// weighs on the sign-in page.
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../../app/require-admin';

/** Mounted by the app inside the signed-in layout. */
export const orgRoutes: RouteObject[] = [
  { path: 'org', lazy: async () => ({ Component: (await import('./pages/org-tree-page')).OrgTreePage }) },
  {
    path: 'org/units/new',
    lazy: async () => ({ Component: (await import('./pages/unit-create-page')).UnitCreatePage }),
  },
  { path: 'org/units/:id', lazy: async () => ({ Component: (await import('./pages/unit-page')).UnitPage }) },
  {
    path: 'org/units/:id/edit',
    lazy: async () => ({ Component: (await import('./pages/unit-edit-page')).UnitEditPage }),
  },
  { path: 'org/people', lazy: async () => ({ Component: (await import('./pages/people-page')).PeoplePage }) },
  {
    path: 'org/people/new',
    lazy: async () => ({ Component: (await import('./pages/person-create-page')).PersonCreatePage }),
  },
  { path: 'org/people/:id', lazy: async () => ({ Component: (await import('./pages/person-page')).PersonPage }) },
  {
    path: 'org/people/:id/edit',
    lazy: async () => ({ Component: (await import('./pages/person-edit-page')).PersonEditPage }),
  },
  { path: 'org/mandates', lazy: async () => ({ Component: (await import('./pages/mandates-page')).MandatesPage }) },
  {
    element: <RequireAdmin />,
    children: [
      { path: 'org/import', lazy: async () => ({ Component: (await import('./pages/import-page')).ImportPage }) },
    ],
  },
];

export interface OrgNavEntry {
  to: string;
  /** Key in the 'org' namespace. */
  labelKey: string;
  adminOnly?: boolean;
  /** Current only on an exact match: "/org" must not light up on "/org/people". */
  end?: boolean;
}

export const orgNav: OrgNavEntry[] = [
  { to: '/org', labelKey: 'nav.tree', end: true },
  { to: '/org/people', labelKey: 'nav.people' },
  { to: '/org/mandates', labelKey: 'nav.mandates' },
  { to: '/org/import', labelKey: 'nav.import', adminOnly: true },
];
