import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../modules/platform/use-me';
import { ApiError } from './api';

/** A 4xx answer will not change by asking again; network hiccups and 5xx might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function forgetUserOn401(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) client.setQueryData(meQueryKey, null);
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
    // A 401 anywhere means the session ended (expired, or signed out in another tab). Forgetting
    // the user sends the route guard to the sign-in page instead of leaving broken pages.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== meQueryKey[0]) forgetUserOn401(client, error);
      },
    }),
    mutationCache: new MutationCache({ onError: (error) => forgetUserOn401(client, error) }),
  });
  return client;
}
