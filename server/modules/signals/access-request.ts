// What an access request (GDPR art. 15) gets from signals: the signals a person raised in their own
// name, their steps on any signal's timeline and their "me too"s. Anonymous signals store no author
// and therefore cannot be part of it.
import { registerAccessRequestSection } from '../../platform/privacy/access-request-registry.js';

registerAccessRequestSection({
  key: 'signals',
  title: { namespace: 'signals', key: 'accessRequest.title' },
  collect: async ({ db, personId }) => {
    const [raised, steps, meToo] = await Promise.all([
      db
        .selectFrom('signals')
        .select([
          'id',
          'kind',
          'status',
          'unit_id',
          'text',
          'suggestion',
          'minutes_per_week',
          'created_at',
          'restricted',
        ])
        .where('author_id', '=', personId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('signal_events')
        .select(['signal_id', 'kind', 'text', 'planned_by', 'created_at'])
        .where('actor_id', '=', personId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('signal_confirmations')
        .select(['signal_id', 'minutes_per_week', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute(),
    ]);
    return { raised, steps, meToo };
  },
});
