import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meSchema, type LoginBody, type Me } from '../../../common/platform/auth.js';
import { api } from '../../app/api';
import { takeSignedOutChoice } from '../../app/locale-preference';
import { meQueryKey } from './use-me';

async function login(body: LoginBody): Promise<Me> {
  const me = await api.post('/auth/login', meSchema, body);
  // A language chosen on the sign-in page is newer than the saved one, so it becomes the saved one.
  const choice = takeSignedOutChoice();
  if (choice === undefined || choice === me.locale) return me;
  return api.patch('/me/preferences', meSchema, { locale: choice });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Whatever was cached belonged to the previous visitor (or to nobody).
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'setup',
      });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
