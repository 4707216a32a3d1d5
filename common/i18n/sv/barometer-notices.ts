// Notification and "needs me" texts of the barometer (barometer.<kind>).
export default {
  notificationKinds: {
    invited: 'Ny enkät att svara på: ”{{title}}”',
    reminder: 'Påminnelse: du har inte svarat på ”{{title}}” ännu',
    resultsReady: 'Resultaten av ”{{title}}” finns nu att läsa och samtala om',
  },
  needsMeKinds: {
    answer: 'Enkät att svara på',
  },
  accessRequest: {
    title: 'Barometern: inbjudningar och dialoger',
  },
};
