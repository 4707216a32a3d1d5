import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

export function setRestricted({ id, restricted }: { id: string; restricted: boolean }) {
  return api.put(`/signals/${encodeURIComponent(id)}/restricted`, signalDetailSchema, { restricted });
}

export function useSetRestricted() {
  return useSignalMutation(setRestricted);
}
