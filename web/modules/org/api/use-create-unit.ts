import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import type { z } from 'zod';
import { createUnitBody, unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

export type CreateUnitInput = z.input<typeof createUnitBody>;

export function createUnit(body: CreateUnitInput) {
  return api.post('/units', unitDetailSchema, body);
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: createUnit,
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
