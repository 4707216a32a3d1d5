import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { useUnitMutation } from './unit-mutation';

export function moveUnit(id: string, parentId: string | null) {
  return api.post(`/units/${encodeURIComponent(id)}/move`, unitDetailSchema, { parentId });
}

export function useMoveUnit(id: string) {
  return useUnitMutation((parentId: string | null) => moveUnit(id, parentId));
}
