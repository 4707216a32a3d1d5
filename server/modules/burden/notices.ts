// The notifications the burden module sends. Texts live in the burden catalog
// (burden.notificationKinds.*), so each reader gets them in their own language.
import type { Kysely, Transaction } from 'kysely';
import { ancestorsOf } from '../../../common/org/tree.js';
import type { Database } from '../../db/schema.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import type { World } from './world.js';

type Db = Kysely<Database> | Transaction<Database>;

export type BurdenNotice = 'roundOpened' | 'proposal' | 'decided';

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export async function notifyPeople(
  db: Db,
  notifier: Notifier,
  people: Iterable<string>,
  notice: BurdenNotice,
  params: { title: string },
  link: string,
  except: string | null,
): Promise<void> {
  for (const personId of new Set(people)) {
    if (personId === except) continue;
    await notifier.notify(db, { personId, kind: `burden.${notice}`, params: { title: excerpt(params.title) }, link });
  }
}

/** Who is asked to decide: the managers of the owner unit, or the nearest unit above with a manager
 *  other than the proposer (a proposer does not get their own proposal as a task); the caller falls
 *  back to the administrators when the chain has no one. */
export function decidersOf(world: World, ownerUnitId: string, proposer: string): string[] {
  for (const unit of ancestorsOf(world.links, ownerUnitId).reverse()) {
    const managers = world.memberships
      .filter((m) => m.unitId === unit.id && (m.role === 'manager' || m.role === 'deputy') && m.personId !== proposer)
      .map((m) => m.personId);
    if (managers.length > 0) return [...new Set(managers)];
  }
  return [];
}

/** Active administrators: asked to decide when no manager in the owner unit's chain can. */
export async function administrators(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('person_roles as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select('p.id')
    .where('r.role', '=', 'admin')
    .where('p.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}
