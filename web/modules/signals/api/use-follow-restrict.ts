import { useQueryClient } from '@tanstack/react-query';
import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { followApi } from './follow-api';
import { signalKeys } from './query-keys';

/** The anonymous author restricts their signal, or lifts the restriction, through the follow link. */
export function restrictAsFollower({ key, restricted }: { key: string; restricted: boolean }) {
  return followApi(key).post('/signals/follow/restricted', signalDetailSchema, { restricted });
}

export function useFollowRestrict(key: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: ({ restricted }: { id: string; restricted: boolean }) => restrictAsFollower({ key, restricted }),
    onSuccess: (signal) => queryClient.setQueryData(signalKeys.follow(key), signal),
  });
}
