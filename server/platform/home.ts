// "What needs me now": modules register providers that list items for the signed-in person.
// The platform itself has none; signals, burden and barometer add theirs.
import type { NeedsMeItem } from '../../common/platform/notifications.js';
import type { AuthedContext } from './principal.js';

export type NeedsMeProvider = (ctx: AuthedContext) => Promise<NeedsMeItem[]>;

export async function collectNeedsMe(
  ctx: AuthedContext,
  providers: readonly NeedsMeProvider[],
): Promise<NeedsMeItem[]> {
  const lists = await Promise.all(providers.map((provider) => provider(ctx)));
  // Overdue first, then by due date, undated last.
  return lists.flat().sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt);
    return a.dueAt ? -1 : b.dueAt ? 1 : 0;
  });
}
