import type { ReactNode } from 'react';
import { safeInternalPath } from '../../app/safe-path';
import { AppLink } from '../../ui/app-link';

/** Notification links come from the server; only paths inside the app become links. */
export function NotificationLink({
  link,
  onFollow,
  children,
}: {
  link: string;
  onFollow?: () => void;
  children: ReactNode;
}) {
  const to = safeInternalPath(link, '');
  if (!to) return <>{children}</>;
  return (
    <AppLink to={to} onClick={onFollow}>
      {children}
    </AppLink>
  );
}
