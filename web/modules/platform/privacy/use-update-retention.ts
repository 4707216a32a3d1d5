import { useMutation, useQueryClient } from '@tanstack/react-query';
import { retentionPolicySchema } from '../../../../common/platform/privacy.js';
import { api } from '../../../app/api';
import { retentionQueryKey } from './use-retention';

export function useUpdateRetention(dataClass: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number | string | null) =>
      api.put(`/retention/${encodeURIComponent(dataClass)}`, retentionPolicySchema, { days }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionQueryKey }),
  });
}
