import { useMutation } from '@tanstack/react-query';
import { meSchema } from '../../../../common/platform/auth.js';
import type { SecondFactorBody } from '../../../../common/platform/mfa.js';
import { api } from '../../../app/api';
import { afterSignIn, useStoreSignedIn } from '../use-login';

/** The second step of signing in: a code from the app or a recovery code. */
export function useVerifySecondFactor() {
  const storeSignedIn = useStoreSignedIn();
  return useMutation({
    mutationFn: async (body: SecondFactorBody) => afterSignIn(await api.post('/auth/mfa/verify', meSchema, body)),
    onSuccess: storeSignedIn,
  });
}
