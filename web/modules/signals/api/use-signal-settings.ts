import { useQuery } from '@tanstack/react-query';
import { signalSettingsSchema } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { signalKeys } from './query-keys';

export function getSignalSettings() {
  return api.get('/signals/settings', signalSettingsSchema);
}

export function useSignalSettings() {
  return useQuery({ queryKey: signalKeys.settings, queryFn: getSignalSettings });
}
