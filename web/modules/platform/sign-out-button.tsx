import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLogout } from './use-logout';

/** After signing out the page is loaded afresh, so nothing of the previous user's data stays in
 *  memory on a shared computer. The language choice survives in localStorage. */
export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  const signOut = () => {
    if (logout.isPending) return;
    logout.mutate(undefined, { onSettled: () => window.location.assign('/sign-in') });
  };
  return (
    <Button variant="tertiary" data-size="sm" onClick={signOut} loading={logout.isPending} disabled={logout.isPending}>
      {t('layout.signOut')}
    </Button>
  );
}
