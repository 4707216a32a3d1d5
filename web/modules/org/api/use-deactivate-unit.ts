import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import { unitDetailSchema } from '../../../../common/org/units.js';
import { api } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

export function deactivateUnit(id: string) {
  return api.post(`/units/${encodeURIComponent(id)}/deactivate`, unitDetailSchema);
}

export function useDeactivateUnit(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: () => deactivateUnit(id),
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
