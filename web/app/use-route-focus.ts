import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageHeading } from '../ui/route-focus';

/** Moves focus to the new page's h1 whenever the path changes, but not on the first load, where
 *  a keyboard user should start at the top (with the skip link). Search-parameter changes, such
 *  as filters, keep focus where the user is. */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    focusPageHeading();
  }, [pathname]);
}
