// CSV import and export of units and people, behind the org policy: administrators import;
// those who see everyone (administrators, analysts) export.
import type { ImportResult } from '../../../common/org/csv-format.js';
import { auditRead } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { exportOrgCsv, importOrgCsv } from './csv/index.js';
import { orgPolicy } from './policy.js';
import { loadOrgScope } from './scope.js';

export async function importOrg(
  ctx: ServiceContext,
  bytes: Uint8Array,
  mode: 'dry-run' | 'apply',
): Promise<ImportResult> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!orgPolicy.canImport(scope)) throw forbidden();
  return importOrgCsv(ctx.db, bytes, {
    mode,
    actorId: authed.principal.personId,
    requestId: ctx.requestId,
    locale: ctx.locale,
  });
}

export async function exportOrg(ctx: ServiceContext): Promise<string> {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!orgPolicy.canExport(scope)) throw forbidden();
  // Everyone's name, e-mail and roles in one file: one audit entry for the whole export.
  const org = await ctx.db.selectFrom('organisation').select('id').executeTakeFirst();
  await auditRead(authed, 'organisation', org?.id ?? '*', { verb: 'export', details: { format: 'csv' } });
  return exportOrgCsv(ctx.db);
}
