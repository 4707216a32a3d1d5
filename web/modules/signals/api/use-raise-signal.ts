import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createSignalBody, createSignalResponse } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { signalKeys } from './query-keys';
import { invalidateSignals } from './signal-mutation';

export type RaiseSignalInput = z.input<typeof createSignalBody>;

export function raiseSignal(body: RaiseSignalInput) {
  return api.post('/signals', createSignalResponse, body);
}

export function useRaiseSignal() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: raiseSignal,
    onSuccess: async ({ signal, followToken }) => {
      // An anonymous author cannot open the signal page as its author; only store a named one.
      if (followToken === null) queryClient.setQueryData(signalKeys.detail(signal.id), signal);
      await invalidateSignals(queryClient);
    },
  });
}
