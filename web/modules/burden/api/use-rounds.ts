import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  createRoundBody,
  decisionBody,
  proposalBody,
  proposalResponse,
  roundListSchema,
  roundReportSchema,
} from '../../../../common/burden/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { invalidateBurden } from './invalidate';
import { burdenKeys } from './query-keys';

export function useRounds() {
  return useQuery({ queryKey: burdenKeys.rounds, queryFn: () => api.get('/burden/rounds', roundListSchema) });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: burdenKeys.round(id),
    queryFn: () => api.get(`/burden/rounds/${encodeURIComponent(id)}`, roundReportSchema),
  });
}

function useBurdenWrite<TInput, TData>(mutationFn: (input: TInput) => Promise<TData>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn,
    onSuccess: async () => {
      await invalidateBurden(queryClient);
    },
  });
}

export function useCreateRound() {
  return useBurdenWrite((body: z.input<typeof createRoundBody>) => api.post('/burden/rounds', roundReportSchema, body));
}

export function useCloseRound(id: string) {
  return useBurdenWrite(() => api.post(`/burden/rounds/${encodeURIComponent(id)}/close`, roundReportSchema));
}

export function usePropose(roundId: string) {
  return useBurdenWrite((body: z.input<typeof proposalBody>) =>
    api.post(`/burden/rounds/${encodeURIComponent(roundId)}/proposals`, proposalResponse, body),
  );
}

export function useDecide() {
  return useBurdenWrite(({ proposalId, ...body }: z.input<typeof decisionBody> & { proposalId: string }) =>
    api.post(`/burden/proposals/${encodeURIComponent(proposalId)}/decision`, proposalResponse, body),
  );
}
