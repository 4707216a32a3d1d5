import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { personListSchema } from '../../../../common/org/people.js';
import { api, query } from '../../../app/api';
import { orgKeys, type PeopleListParams } from './query-keys';

export function getPeople(params: PeopleListParams) {
  const search = query({
    q: params.q.trim() || undefined,
    unitId: params.unitId,
    includeInactive: params.includeInactive ? 'true' : undefined,
    offset: params.offset,
    limit: params.limit,
    directory: params.directory ? 'true' : undefined,
  });
  return api.get(`/people${search}`, personListSchema);
}

/** Keeps the previous page on screen while the next one loads, so the list does not flash empty. */
export function usePeople(params: PeopleListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: orgKeys.people(params),
    queryFn: () => getPeople(params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
