import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiTokenSchema } from '../../../../common/platform/tokens.js';
import { api } from '../../../app/api';
import { apiTokensQueryKey } from './use-api-tokens';

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api-tokens/${encodeURIComponent(id)}/revoke`, apiTokenSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
