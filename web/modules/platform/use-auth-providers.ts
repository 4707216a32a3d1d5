import { useQuery } from '@tanstack/react-query';
import { authProvidersSchema } from '../../../common/platform/identity.js';
import { api } from '../../app/api';

/** Sign-in options besides the password (the organisation's identity provider, if configured). */
export function useAuthProviders() {
  return useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => api.get('/auth/providers', authProvidersSchema),
    staleTime: 5 * 60_000,
  });
}

/** Where the browser goes to sign in (or, with `link`, to connect an account) at the provider. */
export function oidcStartHref(options: { returnTo?: string; link?: boolean }): string {
  const params = new URLSearchParams();
  if (options.link) params.set('link', '1');
  else if (options.returnTo && options.returnTo !== '/') params.set('returnTo', options.returnTo);
  const query = params.toString();
  return `/api/v1/auth/oidc/start${query ? `?${query}` : ''}`;
}
