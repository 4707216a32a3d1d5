import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { signalListSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { signalListSearch } from './list-search';
import { signalKeys, type SignalListParams } from './query-keys';

export function getSignals(params: SignalListParams) {
  return api.get(`/signals${signalListSearch(params, { paging: true })}`, signalListSchema);
}

/** Keeps the previous page on screen while the next one loads, so the board does not flash empty. */
export function useSignals(params: SignalListParams) {
  return useQuery({
    queryKey: signalKeys.list(params),
    queryFn: () => getSignals(params),
    placeholderData: keepPreviousData,
  });
}
