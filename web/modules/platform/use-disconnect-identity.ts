import { useMutation, useQueryClient } from '@tanstack/react-query';
import { identityListSchema } from '../../../common/platform/identity.js';
import { api } from '../../app/api';
import { myIdentityQueryKey } from './use-my-identity';

export function useDisconnectIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/me/identity', identityListSchema),
    onSuccess: (list) => queryClient.setQueryData(myIdentityQueryKey, list),
  });
}
