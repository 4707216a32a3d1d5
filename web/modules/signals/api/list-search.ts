import { query } from '../../../app/api';
import type { SignalListParams } from './query-keys';

/** The filters as a query string, shared by the board and its CSV export so both show the same
 *  signals. Paging is left out of the export: it holds every match. */
export function signalListSearch(params: SignalListParams, options: { paging: boolean }): string {
  return query({
    unitId: params.unitId,
    status: params.waiting ? undefined : params.status,
    kind: params.kind,
    waiting: params.waiting,
    q: params.q?.trim() || undefined,
    sort: params.sort,
    page: options.paging ? params.page : undefined,
    pageSize: options.paging ? params.pageSize : undefined,
  });
}
