import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createdApiTokenSchema, type CreateApiTokenBody } from '../../../../common/platform/tokens.js';
import { api } from '../../../app/api';
import { apiTokensQueryKey } from './use-api-tokens';

/** The answer holds the secret: it lives only in this mutation's state until the page resets it. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) => api.post('/api-tokens', createdApiTokenSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
