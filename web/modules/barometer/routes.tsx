// The barometer module's pages. Each page is its own chunk, loaded on first visit.
import type { RouteObject } from 'react-router';

/** Mounted by the app inside the signed-in layout. */
export const barometerRoutes: RouteObject[] = [];

export interface BarometerNavEntry {
  to: string;
  /** Key in the 'barometer' namespace. */
  labelKey: string;
  end?: boolean;
}

export const barometerNav: BarometerNavEntry[] = [];
