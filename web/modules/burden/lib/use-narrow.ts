import { useSyncExternalStore } from 'react';

const query = '(max-width: 40em)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the screen is phone-narrow: the chart then draws on a narrower canvas, so its text is
 *  not scaled down to an unreadable size. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
