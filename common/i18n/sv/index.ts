import errors from './errors.js';
import platform from './platform.js';
import org from './org.js';
import security from './security.js';
import privacy from './privacy.js';

export default { errors, platform, org, security, privacy };
