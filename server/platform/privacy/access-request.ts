// Access request (GDPR art. 15): everything Tillit holds about one person, as one JSON file, in
// the language of the administrator who asks (they answer the request). The export is a sensitive
// read and is audited before the data leaves.
import { accessRequestFormat, type AccessRequestFile } from '../../../common/platform/privacy.js';
import { auditRead } from '../audit.js';
import { nowIso } from '../clock.js';
import { forbidden, notFound } from '../errors.js';
import { translate } from '../i18n.js';
import { isAdmin, requireSignedIn, type ServiceContext } from '../principal.js';
import { accessRequestSections } from './access-request-registry.js';

export async function buildAccessRequest(
  ctx: ServiceContext,
  personId: string,
): Promise<{ file: AccessRequestFile; filename: string }> {
  const authed = requireSignedIn(ctx);
  if (!isAdmin(authed.principal)) throw forbidden();
  const person = await ctx.db.selectFrom('people').select(['id', 'name']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound();

  const { locale } = ctx;
  const generatedAt = nowIso();
  // One snapshot (repeatable read on PostgreSQL; a read transaction is one on SQLite), so a change
  // made while the file is built cannot show up in one section and not in another.
  const sections = await ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const out: AccessRequestFile['sections'] = [];
      for (const section of accessRequestSections)
        out.push({
          key: section.key,
          title: translate(locale, section.title.namespace, section.title.key),
          data: await section.collect({ db: trx, personId, locale }),
        });
      return out;
    });

  await auditRead(authed, 'person', personId, {
    verb: 'export',
    details: { purpose: 'access_request', sections: sections.length },
  });

  const file: AccessRequestFile = {
    format: accessRequestFormat,
    title: translate(locale, 'privacy', 'accessRequest.fileTitle', { name: person.name }),
    generatedAt,
    language: locale,
    subject: { id: person.id, name: person.name },
    requestedBy: { id: authed.principal.personId, name: authed.principal.name },
    about: translate(locale, 'privacy', 'accessRequest.about'),
    anonymousData: translate(locale, 'privacy', 'accessRequest.anonymousData'),
    sections,
  };
  return { file, filename: `tillit-access-request-${generatedAt.slice(0, 10)}-${person.id.slice(0, 8)}.json` };
}
