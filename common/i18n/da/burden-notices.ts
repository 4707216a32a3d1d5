export default {
  notificationKinds: {},
  needsMeKinds: {},
};
