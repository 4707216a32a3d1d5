// "What needs me now" from the barometer: open waves I am invited to and have not answered.
// About the caller only; nothing here says anything about anyone else.
import type { NeedsMeItem } from '../../../common/platform/notifications.js';
import type { NeedsMeProvider } from '../../platform/home.js';

export const barometerNeedsMe: NeedsMeProvider = async (ctx) => {
  const rows = await ctx.db
    .selectFrom('barometer_participation as p')
    .innerJoin('barometer_waves as w', 'w.id', 'p.wave_id')
    .select(['w.id', 'w.title', 'w.closes_at'])
    .where('p.person_id', '=', ctx.principal.personId)
    .where('p.answered', '=', 0)
    .where('w.status', '=', 'open')
    .orderBy('w.closes_at')
    .limit(20)
    .execute();
  const now = Date.now();
  return rows.map((w): NeedsMeItem => ({
    module: 'barometer',
    kind: 'answer',
    title: w.title,
    link: `/barometer/waves/${w.id}/answer`,
    dueAt: w.closes_at,
    overdue: Date.parse(w.closes_at) < now,
  }));
};
