import { useQuery } from '@tanstack/react-query';
import { identityListSchema } from '../../../common/platform/identity.js';
import { api } from '../../app/api';

export const personIdentityQueryKey = (personId: string) => ['people', personId, 'identity'] as const;

/** Whether a person has a connected provider account (administrators only). */
export function usePersonIdentity(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: personIdentityQueryKey(personId),
    queryFn: () => api.get(`/people/${encodeURIComponent(personId)}/identity`, identityListSchema),
    enabled,
  });
}
