import type { QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../platform/use-me';
import { orgKeys } from './query-keys';

/** After any change to the organisation: trees, counts, lists and the signed-in user's own
 *  memberships (which decide what the menus show) may all be stale. */
export async function invalidateOrg(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    queryClient.invalidateQueries({ queryKey: meQueryKey }),
  ]);
}
