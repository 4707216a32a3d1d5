import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

/** "Me too", optionally with my own time cost; saying it again updates the time. */
export function confirmMeToo({ id, minutesPerWeek }: { id: string; minutesPerWeek: number | null }) {
  return api.put(`/signals/${encodeURIComponent(id)}/me-too`, signalDetailSchema, { minutesPerWeek });
}

export function useMeToo() {
  return useSignalMutation(confirmMeToo);
}
