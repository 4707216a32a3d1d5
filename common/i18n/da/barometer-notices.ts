// Notification and "needs me" texts of the barometer (barometer.<kind>).
export default {
  notificationKinds: {
    invited: 'Ny undersøgelse at besvare: »{{title}}«',
    reminder: 'Påmindelse: du har ikke besvaret »{{title}}« endnu',
    resultsReady: 'Resultaterne af »{{title}}« er klar til at blive læst og drøftet',
  },
  needsMeKinds: {
    answer: 'Undersøgelse at besvare',
  },
  accessRequest: {
    title: 'Barometeret: invitationer og dialoger',
  },
};
