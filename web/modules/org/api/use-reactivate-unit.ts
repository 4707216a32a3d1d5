import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

export function reactivateUnit(id: string) {
  return api.post(`/units/${encodeURIComponent(id)}/reactivate`, unitDetailSchema);
}

export function useReactivateUnit(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: () => reactivateUnit(id),
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
