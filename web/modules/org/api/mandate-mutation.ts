import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import type { Mandate } from '../../../../common/org/units.js';
import { invalidateOrg } from './invalidate-org';

/** Mandates show up in the register and on unit pages, so any change refreshes both. */
export function useMandateMutation<TInput>(mutationFn: (input: TInput) => Promise<Mandate>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({ mutationFn, onSuccess: () => invalidateOrg(queryClient) });
}
