import { z } from 'zod';
import { id } from './fields.js';

/** A notification names a catalog key (platform.notificationKinds.<kind>) and its parameters,
 *  so it is rendered in the reader's language, not the sender's. */
export const notificationSchema = z.object({
  id,
  kind: z.string(),
  params: z.record(z.string(), z.string()),
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});

/** "What needs me now": each module contributes items; empty until modules add to it. */
export const needsMeItemSchema = z.object({
  module: z.string(),
  kind: z.string(),
  title: z.string(),
  link: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const needsMeSchema = z.object({ items: z.array(needsMeItemSchema) });
export type NeedsMeItem = z.infer<typeof needsMeItemSchema>;

/** Where a notification kind's text lives: platform kinds ("welcome") in platform.notificationKinds,
 *  a module's kinds ("signals.answered") in that module's namespace. */
export function notificationKey(kind: string): { ns: string; key: string } {
  const dot = kind.indexOf('.');
  if (dot <= 0) return { ns: 'platform', key: `notificationKinds.${kind}` };
  return { ns: kind.slice(0, dot), key: `notificationKinds.${kind.slice(dot + 1)}` };
}

export const okSchema = z.object({ ok: z.literal(true) });
