import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  barometerSettingsBody,
  barometerSettingsSchema,
  instrumentDetailSchema,
  instrumentListSchema,
} from '../../../../common/barometer/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { barometerKeys } from './query-keys';

export function useInstruments() {
  return useQuery({
    queryKey: barometerKeys.instruments,
    queryFn: () => api.get('/barometer/instruments', instrumentListSchema),
  });
}

/** The definition is sent as the author wrote it; the server validates it with the same schema. */
export function useCreateInstrument() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (definition: unknown) => api.post('/barometer/instruments', instrumentDetailSchema, { definition }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: barometerKeys.instruments }),
  });
}

export function useBarometerSettings() {
  return useQuery({
    queryKey: barometerKeys.settings,
    queryFn: () => api.get('/barometer/settings', barometerSettingsSchema),
  });
}

export type BarometerSettingsInput = z.input<typeof barometerSettingsBody>;

export function useUpdateBarometerSettings() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: BarometerSettingsInput) => api.put('/barometer/settings', barometerSettingsSchema, body),
    onSuccess: (settings) => queryClient.setQueryData(barometerKeys.settings, settings),
  });
}
