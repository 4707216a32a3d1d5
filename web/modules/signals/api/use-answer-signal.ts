import { signalDetailSchema, type AnswerBody } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useSignalMutation } from './signal-mutation';

export function answerSignal({ id, body }: { id: string; body: AnswerBody }) {
  return api.post(`/signals/${encodeURIComponent(id)}/answers`, signalDetailSchema, body);
}

export function useAnswerSignal() {
  return useSignalMutation(answerSignal);
}
