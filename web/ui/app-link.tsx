import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

type AppLinkProps = Omit<RouterLinkProps, 'children'> & { children: ReactNode };

/** Designsystemet's link styling with client-side navigation. */
export function AppLink({ children, ...rest }: AppLinkProps) {
  return (
    <Link asChild>
      <RouterLink {...rest}>{children}</RouterLink>
    </Link>
  );
}
