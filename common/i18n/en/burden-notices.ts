// Notification and "needs me" texts of the burden module (kinds burden.<kind>).
export default {
  notificationKinds: {
    roundOpened: 'A clean-up round has started: “{{title}}”. Assess the demands you perform; it takes seconds each.',
    proposal: 'A proposal is waiting for your decision: “{{title}}”',
    decided: 'Your proposal has been decided: “{{title}}”',
  },
  accessRequest: {
    title: 'Burden inventory: your assessments, proposals and decisions',
  },
  needsMeKinds: {
    assess: 'Waiting for your assessment',
    decide: 'Proposals waiting for your decision',
  },
};
