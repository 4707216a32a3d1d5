import { useQuery } from '@tanstack/react-query';
import { identityListSchema } from '../../../common/platform/identity.js';
import { api } from '../../app/api';

export const myIdentityQueryKey = ['me', 'identity'] as const;

/** The provider accounts connected to the signed-in person. */
export function useMyIdentity() {
  return useQuery({ queryKey: myIdentityQueryKey, queryFn: () => api.get('/me/identity', identityListSchema) });
}
