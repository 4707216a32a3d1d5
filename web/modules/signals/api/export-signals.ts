import { signalListSearch } from './list-search';
import type { SignalListParams } from './query-keys';

/** A plain link rather than a fetch: the browser's own download sends the session cookie and the
 *  server names the file. The same filters as the board on screen. */
export function signalsExportUrl(params: SignalListParams): string {
  return `/api/v1/signals/export${signalListSearch(params, { paging: false })}`;
}
