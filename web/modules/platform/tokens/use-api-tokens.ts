import { useQuery } from '@tanstack/react-query';
import { apiTokenListSchema } from '../../../../common/platform/tokens.js';
import { api } from '../../../app/api';

export const apiTokensQueryKey = ['api-tokens'] as const;

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokensQueryKey,
    queryFn: () => api.get('/api-tokens', apiTokenListSchema),
  });
}
