import errors from './errors.js';
import platform from './platform.js';
import org from './org.js';

export default { errors, platform, org };
