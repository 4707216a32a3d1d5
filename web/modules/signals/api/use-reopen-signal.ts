import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

export function reopenSignal({ id, text }: { id: string; text: string }) {
  return api.post(`/signals/${encodeURIComponent(id)}/reopen`, signalDetailSchema, { text });
}

export function useReopenSignal() {
  return useSignalMutation(reopenSignal);
}
