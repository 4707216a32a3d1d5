// The burden module's pages. Each page is its own chunk, loaded on first visit.
import type { RouteObject } from 'react-router';

/** Mounted by the app inside the signed-in layout. */
export const burdenRoutes: RouteObject[] = [];

export interface BurdenNavEntry {
  to: string;
  /** Key in the 'burden' namespace. */
  labelKey: string;
  end?: boolean;
}

export const burdenNav: BurdenNavEntry[] = [];
