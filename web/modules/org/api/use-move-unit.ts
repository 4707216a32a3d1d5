import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

export function moveUnit(id: string, parentId: string | null) {
  return api.post(`/units/${encodeURIComponent(id)}/move`, unitDetailSchema, { parentId });
}

export function useMoveUnit(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (parentId: string | null) => moveUnit(id, parentId),
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
