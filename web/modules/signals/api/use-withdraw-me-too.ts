import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

export function withdrawMeToo(id: string) {
  return api.delete(`/signals/${encodeURIComponent(id)}/me-too`, signalDetailSchema);
}

export function useWithdrawMeToo() {
  return useSignalMutation(withdrawMeToo);
}
