import errors from './errors.js';
import platform from './platform.js';
import org from './org.js';
import security from './security.js';
import identity from './identity.js';
import audit from './audit.js';
import privacy from './privacy.js';
import tokens from './tokens.js';
import signals from './signals.js';
import burden from './burden.js';
import barometer from './barometer.js';

export default { errors, platform, org, security, identity, audit, privacy, tokens, signals, burden, barometer };
