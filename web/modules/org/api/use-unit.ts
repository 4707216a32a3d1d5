import { useQuery } from '@tanstack/react-query';
import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { orgKeys } from './query-keys';

export function getUnit(id: string) {
  return api.get(`/units/${encodeURIComponent(id)}`, unitDetailSchema);
}

export function useUnit(id: string) {
  return useQuery({ queryKey: orgKeys.unit(id), queryFn: () => getUnit(id) });
}
