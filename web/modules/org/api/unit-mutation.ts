import { useQueryClient } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../common/org/units.js';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';
import { useGuardedMutation } from './use-guarded-mutation';

/** Every unit operation answers with the updated unit; store it, then refresh the rest. */
export function useUnitMutation<TInput>(mutationFn: (input: TInput) => Promise<UnitDetail>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn,
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgKeys.unit(unit.id), unit);
      await invalidateOrg(queryClient);
    },
  });
}
