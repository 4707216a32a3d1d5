// The signed-in person's own notifications. Every query is scoped to the principal.
import type { z } from 'zod';
import type { notificationListSchema } from '../../../common/platform/notifications.js';
import { notFound } from '../errors.js';
import { requireSignedIn, type ServiceContext } from '../principal.js';
import { nowIso } from '../clock.js';
import { parseParams } from './notify.js';

export async function listNotifications(ctx: ServiceContext): Promise<z.infer<typeof notificationListSchema>> {
  const { principal } = requireSignedIn(ctx);
  const rows = await ctx.db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params_json', 'link', 'created_at', 'read_at'])
    .where('person_id', '=', principal.personId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  const unread = await ctx.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('person_id', '=', principal.personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      params: parseParams(r.params_json),
      link: r.link,
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    unread: Number(unread?.n ?? 0),
  };
}

export async function markRead(ctx: ServiceContext, id: string): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  const result = await ctx.db
    .updateTable('notifications')
    .set({ read_at: nowIso() })
    .where('id', '=', id)
    .where('person_id', '=', principal.personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const mine = await ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', id)
      .where('person_id', '=', principal.personId)
      .executeTakeFirst();
    if (!mine) throw notFound();
  }
}

export async function markAllRead(ctx: ServiceContext): Promise<void> {
  const { principal } = requireSignedIn(ctx);
  await ctx.db
    .updateTable('notifications')
    .set({ read_at: nowIso() })
    .where('person_id', '=', principal.personId)
    .where('read_at', 'is', null)
    .execute();
}
