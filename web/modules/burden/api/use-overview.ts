import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { burdenSettingsBody, burdenSettingsSchema, overviewSchema } from '../../../../common/burden/api.js';
import { api, query } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { invalidateBurden } from './invalidate';
import { burdenKeys } from './query-keys';

export function useOverview(unitId: string | undefined) {
  return useQuery({
    queryKey: burdenKeys.overview(unitId),
    queryFn: () => api.get(`/burden/overview${query({ unitId })}`, overviewSchema),
  });
}

export function useBurdenSettings() {
  return useQuery({ queryKey: burdenKeys.settings, queryFn: () => api.get('/burden/settings', burdenSettingsSchema) });
}

export function useUpdateBurdenSettings() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: z.input<typeof burdenSettingsBody>) => api.put('/burden/settings', burdenSettingsSchema, body),
    onSuccess: async (settings) => {
      queryClient.setQueryData(burdenKeys.settings, settings);
      await invalidateBurden(queryClient);
    },
  });
}
