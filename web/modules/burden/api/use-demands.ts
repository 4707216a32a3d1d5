import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { demandListSchema } from '../../../../common/burden/api.js';
import { api, query } from '../../../app/api';
import { burdenKeys, type DemandListParams } from './query-keys';

export function demandListSearch(params: DemandListParams, options: { paging: boolean }): string {
  return query({
    unitId: params.unitId,
    kind: params.kind,
    origin: params.origin,
    status: params.status,
    mine: params.mine,
    q: params.q,
    sort: params.sort,
    page: options.paging ? params.page : undefined,
    pageSize: options.paging ? params.pageSize : undefined,
  });
}

export function getDemands(params: DemandListParams) {
  return api.get(`/burden/demands${demandListSearch(params, { paging: true })}`, demandListSchema);
}

/** Keeps the previous page on screen while the next one loads. */
export function useDemands(params: DemandListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: burdenKeys.list(params),
    queryFn: () => getDemands(params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A plain link: the browser's own download sends the session cookie and the server names the file. */
export function demandsExportUrl(params: DemandListParams): string {
  return `/api/v1/burden/demands/export${demandListSearch(params, { paging: false })}`;
}
