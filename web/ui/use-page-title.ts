import { useEffect } from 'react';

/** Sets the tab title to "<page> – Tillit", the first thing a screen reader says after navigating. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Tillit` : 'Tillit';
  }, [title]);
}
