import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { assessmentBody, assessmentResponse, toAssessSchema } from '../../../../common/burden/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { invalidateBurden } from './invalidate';
import { burdenKeys } from './query-keys';

export function useToAssess() {
  return useQuery({ queryKey: burdenKeys.toAssess, queryFn: () => api.get('/burden/to-assess', toAssessSchema) });
}

export type AssessInput = z.input<typeof assessmentBody> & { demandId: string };

/** Saving one assessment; the list is refreshed in the background, the card shows "Saved" at once. */
export function useAssess() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: ({ demandId, ...body }: AssessInput) =>
      api.put(`/burden/demands/${encodeURIComponent(demandId)}/assessment`, assessmentResponse, body),
    onSuccess: async () => {
      await invalidateBurden(queryClient);
    },
  });
}
