// The anonymous author's follow link. The key is the credential: it travels only in the
// x-follow-token header, never in a path or query string, so no server log or Referer holds it.
import { followTokenHeader } from '../../../../common/signals/signals.js';
import { api } from '../../../app/api';

export const followApi = (key: string) => api.withHeaders({ [followTokenHeader]: key });
