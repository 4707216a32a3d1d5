import { createBrowserRouter, type RouteObject } from 'react-router';
import { orgRoutes } from '../modules/org/routes';
import { NotFoundPage } from '../modules/platform/not-found-page';
import { platformAdminRoutes, platformPublicRoutes, platformSignedInRoutes } from '../modules/platform/routes';
import { signalsPublicRoutes, signalsRoutes } from '../modules/signals/routes';
import { burdenRoutes } from '../modules/burden/routes';
import { barometerRoutes } from '../modules/barometer/routes';
import { Loading } from '../ui/loading';
import { ErrorPage } from './error-page';
import { Layout } from './layout';
import { RequireAdmin } from './require-admin';
import { RequireSignIn } from './require-sign-in';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    // Used only if the layout itself fails; page errors are caught below and keep the layout.
    errorElement: <ErrorPage standalone />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          ...platformPublicRoutes,
          ...signalsPublicRoutes,
          {
            element: <RequireSignIn />,
            children: [
              ...platformSignedInRoutes,
              ...orgRoutes,
              ...signalsRoutes,
              ...burdenRoutes,
              ...barometerRoutes,
              { element: <RequireAdmin />, children: platformAdminRoutes },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
