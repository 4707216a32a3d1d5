import { useQueryClient } from '@tanstack/react-query';
import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { followApi } from './follow-api';
import { signalKeys } from './query-keys';

export function replyAsFollower({ key, text }: { key: string; text: string }) {
  return followApi(key).post('/signals/follow/replies', signalDetailSchema, { text });
}

export function useFollowReply(key: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (text: string) => replyAsFollower({ key, text }),
    onSuccess: (signal) => queryClient.setQueryData(signalKeys.follow(key), signal),
  });
}
