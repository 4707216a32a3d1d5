import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

/** The author's reply, or a leader's comment: the server decides which from who is asking. */
export function replyToSignal({ id, text }: { id: string; text: string }) {
  return api.post(`/signals/${encodeURIComponent(id)}/replies`, signalDetailSchema, { text });
}

export function useReplyToSignal() {
  return useSignalMutation(replyToSignal);
}
