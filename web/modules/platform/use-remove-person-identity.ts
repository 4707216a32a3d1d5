import { useMutation, useQueryClient } from '@tanstack/react-query';
import { identityListSchema } from '../../../common/platform/identity.js';
import { api } from '../../app/api';
import { personIdentityQueryKey } from './use-person-identity';

export function useRemovePersonIdentity(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/people/${encodeURIComponent(personId)}/identity`, identityListSchema),
    onSuccess: (list) => queryClient.setQueryData(personIdentityQueryKey(personId), list),
  });
}
