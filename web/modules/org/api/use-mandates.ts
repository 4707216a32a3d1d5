import { useQuery } from '@tanstack/react-query';
import { mandateListSchema } from '../../../../common/org/mandates.js';
import { api, query } from '../../../app/api';
import { orgKeys, type MandateListParams } from './query-keys';

export function getMandates(params: MandateListParams) {
  const search = query({
    q: params.q.trim() || undefined,
    unitId: params.unitId,
    includeInactive: params.includeInactive ? 'true' : undefined,
  });
  return api.get(`/mandates${search}`, mandateListSchema);
}

export function useMandates(params: MandateListParams) {
  return useQuery({ queryKey: orgKeys.mandates(params), queryFn: () => getMandates(params) });
}
