import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../modules/platform/use-me';
import { useSetupStatus } from '../modules/platform/use-setup-status';
import { Loading } from '../ui/loading';
import { QueryError } from '../ui/query-error';
import { currentPathForNext } from './safe-path';

/** Guards every page that needs a signed-in user. Before the first administrator exists there is
 *  nobody to sign in as, so a fresh installation goes to /setup instead. */
export function RequireSignIn() {
  const location = useLocation();
  const me = useMe();
  const signedOut = me.data === null;
  const setup = useSetupStatus(signedOut);

  if (me.isPending) return <Loading />;
  if (me.data) return <Outlet />;
  if (!signedOut) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (setup.isPending) return <Loading />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  const next = currentPathForNext(location);
  const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return <Navigate to={`/sign-in${search}`} replace />;
}
