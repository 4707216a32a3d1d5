import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meSchema, type PreferencesBody } from '../../../common/platform/auth.js';
import { api } from '../../app/api';
import { meQueryKey } from './use-me';

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesBody) => api.patch('/me/preferences', meSchema, body),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
