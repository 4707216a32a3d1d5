// The notification and "needs me" texts are kept beside the server side that sends them.
import notices from './barometer-notices.js';

export default {
  ...notices,
};
