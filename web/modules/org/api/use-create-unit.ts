import type { z } from 'zod';
import { createUnitBody, unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { useUnitMutation } from './unit-mutation';

export type CreateUnitInput = z.input<typeof createUnitBody>;

export function createUnit(body: CreateUnitInput) {
  return api.post('/units', unitDetailSchema, body);
}

export function useCreateUnit() {
  return useUnitMutation(createUnit);
}
