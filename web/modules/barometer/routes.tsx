// The barometer module's pages. Each page is its own chunk, loaded on first visit.
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../../app/require-admin';

/** Mounted by the app inside the signed-in layout. */
export const barometerRoutes: RouteObject[] = [
  { path: 'barometer', lazy: async () => ({ Component: (await import('./pages/waves-page')).WavesPage }) },
  {
    path: 'barometer/waves/new',
    lazy: async () => ({ Component: (await import('./pages/new-wave-page')).NewWavePage }),
  },
  {
    path: 'barometer/waves/:id/answer',
    lazy: async () => ({ Component: (await import('./pages/answer-page')).AnswerPage }),
  },
  { path: 'barometer/waves/:id', lazy: async () => ({ Component: (await import('./pages/wave-page')).WavePage }) },
  {
    path: 'barometer/instruments',
    lazy: async () => ({ Component: (await import('./pages/instruments-page')).InstrumentsPage }),
  },
  {
    element: <RequireAdmin />,
    children: [
      {
        path: 'barometer/settings',
        lazy: async () => ({ Component: (await import('./pages/settings-page')).BarometerSettingsPage }),
      },
    ],
  },
];

export interface BarometerNavEntry {
  to: string;
  /** Key in the 'barometer' namespace. */
  labelKey: string;
  end?: boolean;
}

export const barometerNav: BarometerNavEntry[] = [{ to: '/barometer', labelKey: 'nav.barometer' }];
