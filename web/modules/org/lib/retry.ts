import { ApiError } from '../../../app/api';

/** A retry button only where trying again can help: not after "not found" or "forbidden". */
export function retryFor(query: { error: unknown; refetch: () => Promise<unknown> }): (() => void) | undefined {
  const { error } = query;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return undefined;
  return () => void query.refetch();
}
