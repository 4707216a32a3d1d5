import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import type { PersonDetail } from '../../../../common/org/people.js';
import { invalidateOrg } from './invalidate-org';
import { orgKeys } from './query-keys';

/** Every person operation answers with the updated person; store it, then refresh the rest. */
export function usePersonMutation<TInput>(mutationFn: (input: TInput) => Promise<PersonDetail>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn,
    onSuccess: async (person) => {
      queryClient.setQueryData(orgKeys.person(person.id), person);
      await invalidateOrg(queryClient);
    },
  });
}
