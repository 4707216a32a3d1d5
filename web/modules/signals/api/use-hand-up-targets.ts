import { useQuery } from '@tanstack/react-query';
import { handUpTargetsSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { signalKeys } from './query-keys';

export function getHandUpTargets(id: string) {
  return api.get(`/signals/${encodeURIComponent(id)}/hand-up-targets`, handUpTargetsSchema);
}

/** Asked only when the leader chooses "hand it up". */
export function useHandUpTargets(id: string, enabled: boolean) {
  return useQuery({ queryKey: signalKeys.handUpTargets(id), queryFn: () => getHandUpTargets(id), enabled });
}
