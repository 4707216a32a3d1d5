import { useQuery } from '@tanstack/react-query';
import { retentionListSchema } from '../../../../common/platform/privacy.js';
import { api } from '../../../app/api';

export const retentionQueryKey = ['privacy', 'retention'] as const;

export function useRetention() {
  return useQuery({ queryKey: retentionQueryKey, queryFn: () => api.get('/retention', retentionListSchema) });
}
