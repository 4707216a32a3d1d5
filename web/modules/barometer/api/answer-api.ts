import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { submitResponseBody, submitResponseSchema, waveFormSchema } from '../../../../common/barometer/api.js';
import { api, ApiError } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { barometerKeys, invalidateBarometer, wavePath } from './query-keys';

export function useWaveForm(id: string) {
  return useQuery({
    queryKey: barometerKeys.form(id),
    queryFn: () => api.get(`${wavePath(id)}/form`, waveFormSchema),
    // 404 (not invited, not open) and 409 (answered) are answers, not hiccups to retry.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    // The form is the person's own work in progress: a background refetch must not reset it.
    refetchOnWindowFocus: false,
  });
}

export type SubmitResponseInput = z.input<typeof submitResponseBody>;

export function useSubmitResponse(id: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: SubmitResponseInput) => api.post(`${wavePath(id)}/responses`, submitResponseSchema, body),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: barometerKeys.form(id) });
      await invalidateBarometer(queryClient);
    },
  });
}
