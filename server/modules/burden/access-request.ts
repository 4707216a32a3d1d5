// What an access request (GDPR art. 15) gets from the burden module: the person's own assessments
// (stored with their id only to keep one per person and to check they perform the demand), the
// proposals they made and decided, and the demands they own or registered.
import { registerAccessRequestSection } from '../../platform/privacy/access-request-registry.js';

registerAccessRequestSection({
  key: 'burden',
  title: { namespace: 'burden', key: 'accessRequest.title' },
  collect: async ({ db, personId }) => {
    const [assessments, proposals, decisions, demands] = await Promise.all([
      db
        .selectFrom('burden_assessments')
        .select(['demand_id', 'round_id', 'usefulness', 'noticed', 'minutes', 'comment', 'created_at', 'updated_at'])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('burden_proposals')
        .select(['id', 'round_id', 'demand_id', 'action', 'rationale', 'created_at'])
        .where('proposed_by', '=', personId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('burden_proposals')
        .select(['id', 'demand_id', 'decision', 'decision_rationale', 'decided_at'])
        .where('decided_by', '=', personId)
        .orderBy('decided_at')
        .execute(),
      db
        .selectFrom('burden_demands')
        .select(['id', 'title', 'status', 'created_at'])
        .where((eb) => eb.or([eb('owner_person_id', '=', personId), eb('created_by', '=', personId)]))
        .orderBy('created_at')
        .execute(),
    ]);
    return { assessments, proposals, decisions, demands };
  },
});
