// Notification and "needs me" texts of the burden module (kinds burden.<kind>).
export default {
  notificationKinds: {
    roundOpened:
      'En oprydningsrunde er begyndt: »{{title}}«. Vurdér de krav, du udfører. Det tager få sekunder pr. krav.',
    proposal: 'Et forslag venter på din beslutning: »{{title}}«',
    decided: 'Dit forslag er besluttet: »{{title}}«',
  },
  accessRequest: {
    title: 'Kravoversigt: dine vurderinger, forslag og beslutninger',
  },
  needsMeKinds: {
    assess: 'Venter på din vurdering',
    decide: 'Forslag, der venter på din beslutning',
  },
};
