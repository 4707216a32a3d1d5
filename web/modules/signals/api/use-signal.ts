import { useQuery } from '@tanstack/react-query';
import { signalDetailSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { signalKeys } from './query-keys';

export function getSignal(id: string) {
  return api.get(`/signals/${encodeURIComponent(id)}`, signalDetailSchema);
}

export function useSignal(id: string) {
  return useQuery({ queryKey: signalKeys.detail(id), queryFn: () => getSignal(id) });
}
