// The organisation's anonymity thresholds for new waves. Administrators change them; every change
// is audited. A wave copies them when it opens and keeps them (they can only be raised there).
import type { BarometerSettingsBody } from '../../../common/barometer/api.js';
import { writeAudit } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { barometerPolicy } from './policy.js';
import { readSettings, writeSettings } from './repo.js';

export async function getSettings(ctx: ServiceContext) {
  requireSignedIn(ctx);
  return readSettings(ctx.db);
}

export async function setSettings(ctx: ServiceContext, body: BarometerSettingsBody) {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!barometerPolicy.canChangeSettings(scope)) throw forbidden();
  const before = await readSettings(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await writeSettings(trx, body.minGroup, body.minComments);
    await writeAudit(trx, {
      actorId: authed.principal.personId,
      action: 'barometer.settings',
      entityType: 'organisation',
      entityId: 'barometer',
      before,
      after: body,
      requestId: ctx.requestId,
    });
  });
  return readSettings(ctx.db);
}
