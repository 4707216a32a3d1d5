import type { ApiTokenScope } from '../../../../common/platform/tokens.js';

/** Catalog keys of the scopes: i18next reads ':' as a namespace separator, so 'org:read' cannot
 *  be a key itself. */
export const scopeKey: Record<ApiTokenScope, 'orgRead' | 'orgWrite'> = {
  'org:read': 'orgRead',
  'org:write': 'orgWrite',
};
