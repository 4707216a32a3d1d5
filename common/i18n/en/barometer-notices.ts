// Notification and "needs me" texts of the barometer (barometer.<kind>).
export default {
  notificationKinds: {
    invited: 'New survey to answer: “{{title}}”',
    reminder: 'Reminder: you have not answered “{{title}}” yet',
    resultsReady: 'The results of “{{title}}” are ready to read and discuss',
  },
  needsMeKinds: {
    answer: 'Survey to answer',
  },
  accessRequest: {
    title: 'Barometer: invitations and dialogues',
  },
};
