// Notification and "needs me" texts of the burden module (kinds burden.<kind>).
export default {
  notificationKinds: {
    roundOpened: 'En rensningsrunda har börjat: ”{{title}}”. Bedöm de krav du utför, det tar några sekunder per krav.',
    proposal: 'Ett förslag väntar på ditt beslut: ”{{title}}”',
    decided: 'Ditt förslag har beslutats: ”{{title}}”',
  },
  accessRequest: {
    title: 'Kravinventering: dina bedömningar, förslag och beslut',
  },
  needsMeKinds: {
    assess: 'Väntar på din bedömning',
    decide: 'Förslag som väntar på ditt beslut',
  },
};
