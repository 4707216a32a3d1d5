import { useQuery } from '@tanstack/react-query';
import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { followApi } from './follow-api';
import { signalKeys } from './query-keys';

export function getFollowedSignal(key: string) {
  return followApi(key).get('/signals/follow', signalDetailSchema);
}

export function useFollowedSignal(key: string | null) {
  return useQuery({
    queryKey: signalKeys.follow(key ?? ''),
    queryFn: () => getFollowedSignal(key ?? ''),
    enabled: key !== null,
    // Forgotten as soon as the page is left.
    gcTime: 0,
  });
}
