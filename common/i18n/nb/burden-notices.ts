// Notification and "needs me" texts of the burden module (kinds burden.<kind>).
export default {
  notificationKinds: {
    roundOpened: 'En ryddeomgang har startet: «{{title}}». Vurder kravene du utfører, det tar noen sekunder per krav.',
    proposal: 'Et forslag venter på din beslutning: «{{title}}»',
    decided: 'Forslaget ditt er besluttet: «{{title}}»',
  },
  accessRequest: {
    title: 'Kravoversikt: dine vurderinger, forslag og beslutninger',
  },
  needsMeKinds: {
    assess: 'Venter på din vurdering',
    decide: 'Forslag som venter på din beslutning',
  },
};
