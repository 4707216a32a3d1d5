// Notification and "needs me" texts of the barometer (barometer.<kind>).
export default {
  notificationKinds: {
    invited: 'Ny undersøkelse å svare på: «{{title}}»',
    reminder: 'Påminnelse: du har ikke svart på «{{title}}» ennå',
    resultsReady: 'Resultatene fra «{{title}}» er klare til å leses og drøftes',
  },
  needsMeKinds: {
    answer: 'Undersøkelse å svare på',
  },
  accessRequest: {
    title: 'Barometeret: invitasjoner og dialoger',
  },
};
