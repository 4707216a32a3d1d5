import { useQueryClient } from '@tanstack/react-query';
import { signalSettingsSchema, type SignalSettingsBody } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { signalKeys } from './query-keys';

/** The body is sent as typed; the server checks the range (1-60) and names the field if wrong. */
export function updateSignalSettings(body: SignalSettingsBody) {
  return api.put('/signals/settings', signalSettingsSchema, body);
}

export function useUpdateSignalSettings() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: updateSignalSettings,
    onSuccess: (settings) => queryClient.setQueryData(signalKeys.settings, settings),
  });
}
