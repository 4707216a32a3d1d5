import type { z } from 'zod';
import { unitDetailSchema, type updateUnitBody } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { useUnitMutation } from './unit-mutation';

export type UpdateUnitInput = z.input<typeof updateUnitBody>;

export function updateUnit(id: string, body: UpdateUnitInput) {
  return api.patch(`/units/${encodeURIComponent(id)}`, unitDetailSchema, body);
}

export function useUpdateUnit(id: string) {
  return useUnitMutation((body: UpdateUnitInput) => updateUnit(id, body));
}
