// "What needs me now" from signals: signals waiting for my answer (overdue first, by the home
// page's ordering), and my own signals with an answer I have not read yet.
import type { NeedsMeItem } from '../../../common/platform/notifications.js';
import type { NeedsMeProvider } from '../../platform/home.js';

const excerpt = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

export const signalsNeedsMe: NeedsMeProvider = async (ctx) => {
  const now = Date.now();
  const led = ctx.principal.memberships.filter((m) => m.role !== 'staff').map((m) => m.unitId);
  const waiting = led.length
    ? await ctx.db
        .selectFrom('signals')
        .select(['id', 'text', 'due_at'])
        .where('status', '=', 'open')
        .where('handling_unit_id', 'in', led)
        .orderBy('due_at')
        .limit(50)
        .execute()
    : [];
  const answered = await ctx.db
    .selectFrom('signals')
    .select(['id', 'text'])
    .where('author_id', '=', ctx.principal.personId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('signal_events as e')
          .select('e.id')
          .whereRef('e.signal_id', '=', 'signals.id')
          .where('e.actor_role', '=', 'leader')
          .where((inner) =>
            inner.or([
              inner('signals.author_seen_at', 'is', null),
              inner('e.created_at', '>', inner.ref('signals.author_seen_at')),
            ]),
          ),
      ),
    )
    .limit(50)
    .execute();
  const items: NeedsMeItem[] = [
    ...waiting.map((s) => ({
      module: 'signals',
      kind: 'answer',
      title: excerpt(s.text),
      link: `/signals/${s.id}`,
      dueAt: s.due_at,
      overdue: Date.parse(s.due_at) < now,
    })),
    ...answered.map((s) => ({
      module: 'signals',
      kind: 'answered',
      title: excerpt(s.text),
      link: `/signals/${s.id}`,
      dueAt: null,
      overdue: false,
    })),
  ];
  return items;
};
