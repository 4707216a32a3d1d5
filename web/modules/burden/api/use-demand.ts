import { useQuery } from '@tanstack/react-query';
import { demandDetailSchema } from '../../../../common/burden/api.js';
import { api } from '../../../app/api';
import { burdenKeys } from './query-keys';

export function getDemand(id: string) {
  return api.get(`/burden/demands/${encodeURIComponent(id)}`, demandDetailSchema);
}

export function useDemand(id: string) {
  return useQuery({ queryKey: burdenKeys.demand(id), queryFn: () => getDemand(id) });
}
