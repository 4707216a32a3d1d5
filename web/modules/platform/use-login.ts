import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  loginResultSchema,
  meSchema,
  type LoginBody,
  type LoginResult,
  type Me,
} from '../../../common/platform/auth.js';
import { api } from '../../app/api';
import { takeSignedOutChoice } from '../../app/locale-preference';
import { meQueryKey } from './use-me';

/** Once signed in (after the password, or after the second step): a language chosen on the
 *  sign-in page is newer than the saved one, so it becomes the saved one. */
export async function afterSignIn(me: Me): Promise<Me> {
  const choice = takeSignedOutChoice();
  if (choice === undefined || choice === me.locale) return me;
  return api.patch('/me/preferences', meSchema, { locale: choice });
}

async function login(body: LoginBody): Promise<LoginResult> {
  const result = await api.post('/auth/login', loginResultSchema, body);
  return result.stage === 'full' ? { stage: 'full', me: await afterSignIn(result.me) } : result;
}

/** Stores the person who just signed in; whatever was cached belonged to the previous visitor. */
export function useStoreSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'setup',
    });
    queryClient.setQueryData(meQueryKey, me);
  };
}

/** The password step. A second step, if any, is the answer's `stage` ('mfa' or 'enrol'). */
export function useLogin() {
  const storeSignedIn = useStoreSignedIn();
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      if (result.stage === 'full') storeSignedIn(result.me);
    },
  });
}
