import type { QueryClient } from '@tanstack/react-query';

/** After any change: the figures of every burden page may move, and "what needs me now" too. */
export async function invalidateBurden(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['burden'] }),
    queryClient.invalidateQueries({ queryKey: ['home'] }),
  ]);
}
