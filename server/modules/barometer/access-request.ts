// What an access request (GDPR art. 15) gets from the barometer: the open waves the person is
// invited to (and whether they have answered: their own fact), the dialogues they wrote and the
// actions they own. Their answers are not included because nothing links them to the person: that
// is the point of how they are stored (SECURITY.md, "Barometer anonymity").
import { registerAccessRequestSection } from '../../platform/privacy/access-request-registry.js';

registerAccessRequestSection({
  key: 'barometer',
  title: { namespace: 'barometer', key: 'accessRequest.title' },
  collect: async ({ db, personId }) => {
    const [invitations, dialogues, actions] = await Promise.all([
      db
        .selectFrom('barometer_participation as p')
        .innerJoin('barometer_waves as w', 'w.id', 'p.wave_id')
        .select(['w.id as wave_id', 'w.title', 'p.unit_id', 'p.answered'])
        .where('p.person_id', '=', personId)
        .orderBy('w.opens_at')
        .execute(),
      db
        .selectFrom('barometer_dialogues')
        .select(['id', 'wave_id', 'unit_id', 'seen', 'will_do', 'created_at', 'updated_at'])
        .where((eb) => eb.or([eb('created_by', '=', personId), eb('updated_by', '=', personId)]))
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('barometer_dialogue_actions')
        .select(['id', 'dialogue_id', 'text', 'due_on', 'status', 'follow_up', 'created_at'])
        .where('owner_person_id', '=', personId)
        .orderBy('created_at')
        .execute(),
    ]);
    return { invitations, dialogues, actions };
  },
});
