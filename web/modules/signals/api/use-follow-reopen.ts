import { useQueryClient } from '@tanstack/react-query';
import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { followApi } from './follow-api';
import { signalKeys } from './query-keys';

export function reopenAsFollower({ key, text }: { key: string; text: string }) {
  return followApi(key).post('/signals/follow/reopen', signalDetailSchema, { text });
}

export function useFollowReopen(key: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (text: string) => reopenAsFollower({ key, text }),
    onSuccess: (signal) => queryClient.setQueryData(signalKeys.follow(key), signal),
  });
}
