import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  createDemandBody,
  demandDetailSchema,
  removeDemandBody,
  updateDemandBody,
} from '../../../../common/burden/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { invalidateBurden } from './invalidate';
import { burdenKeys } from './query-keys';

export type DemandInput = z.input<typeof createDemandBody>;
export type DemandUpdateInput = z.input<typeof updateDemandBody>;

/** Every write on one demand answers with the updated demand: store it, refresh the rest. */
function useDemandWrite<TInput>(mutationFn: (input: TInput) => Promise<z.infer<typeof demandDetailSchema>>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn,
    onSuccess: async (demand) => {
      queryClient.setQueryData(burdenKeys.demand(demand.id), demand);
      await invalidateBurden(queryClient);
    },
  });
}

export function useCreateDemand() {
  return useDemandWrite((body: DemandInput) => api.post('/burden/demands', demandDetailSchema, body));
}

export function useUpdateDemand(id: string) {
  return useDemandWrite((body: DemandUpdateInput) =>
    api.put(`/burden/demands/${encodeURIComponent(id)}`, demandDetailSchema, body),
  );
}

export function useRemoveDemand(id: string) {
  return useDemandWrite((body: z.input<typeof removeDemandBody>) =>
    api.post(`/burden/demands/${encodeURIComponent(id)}/remove`, demandDetailSchema, body),
  );
}
