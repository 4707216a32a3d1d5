import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { useUnitMutation } from './unit-mutation';

export function deactivateUnit(id: string) {
  return api.post(`/units/${encodeURIComponent(id)}/deactivate`, unitDetailSchema);
}

export function useDeactivateUnit(id: string) {
  return useUnitMutation(() => deactivateUnit(id));
}
