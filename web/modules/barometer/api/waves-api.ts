import { useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  createWaveBody,
  waveAnonymityBody,
  waveDetailSchema,
  waveListSchema,
} from '../../../../common/barometer/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { barometerKeys, invalidateBarometer, wavePath } from './query-keys';

export function useWaves() {
  return useQuery({ queryKey: barometerKeys.waves, queryFn: () => api.get('/barometer/waves', waveListSchema) });
}

export function useWave(id: string) {
  return useQuery({ queryKey: barometerKeys.wave(id), queryFn: () => api.get(wavePath(id), waveDetailSchema) });
}

export type CreateWaveInput = z.input<typeof createWaveBody>;

export function useCreateWave() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: CreateWaveInput) => api.post('/barometer/waves', waveDetailSchema, body),
    onSuccess: async (wave) => {
      queryClient.setQueryData(barometerKeys.wave(wave.id), wave);
      await invalidateBarometer(queryClient);
    },
  });
}

/** "Close now": the results are computed at once (administrators and analysts). `onClosed` runs
 *  here rather than per call because the closed wave no longer shows the button that asked. */
export function useCloseWave(id: string, onClosed: () => void) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: () => api.post(`${wavePath(id)}/close`, waveDetailSchema),
    onSuccess: async (wave) => {
      onClosed();
      queryClient.setQueryData(barometerKeys.wave(wave.id), wave);
      await invalidateBarometer(queryClient);
    },
  });
}

export type WaveAnonymityInput = z.input<typeof waveAnonymityBody>;

export function useRaiseAnonymity(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: WaveAnonymityInput) => api.put(`${wavePath(id)}/anonymity`, waveDetailSchema, body),
    onSuccess: async (wave) => {
      queryClient.setQueryData(barometerKeys.wave(wave.id), wave);
      await invalidateBarometer(queryClient);
    },
  });
}
