import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { useUnitMutation } from './unit-mutation';

export function reactivateUnit(id: string) {
  return api.post(`/units/${encodeURIComponent(id)}/reactivate`, unitDetailSchema);
}

export function useReactivateUnit(id: string) {
  return useUnitMutation(() => reactivateUnit(id));
}
