import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import type { z } from 'zod';
import { unitDetailSchema, type updateUnitBody } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

export type UpdateUnitInput = z.input<typeof updateUnitBody>;

export function updateUnit(id: string, body: UpdateUnitInput) {
  return api.patch(`/units/${encodeURIComponent(id)}`, unitDetailSchema, body);
}

export function useUpdateUnit(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: UpdateUnitInput) => updateUnit(id, body),
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
