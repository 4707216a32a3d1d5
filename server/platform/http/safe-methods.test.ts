// No state change on GET: every GET (and HEAD) operation of the OpenAPI document, called by an
// administrator with real ids where the access matrix has them, leaves every table's row count as
// it was and adds nothing to the audit log but the entries that record a sensitive read.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { roleCases } from '../../test-support/access-case-index.js';
import { buildTestApp, seedScenario, type Scenario } from '../../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { documentedOperations, type DocumentedOperation } from '../../test-support/openapi-walk.js';
import { auditActionsSince, isReadAudit, lastAuditId, rowCounts } from '../../test-support/row-counts.js';
import { sessionHeadersFor } from '../../test-support/session-headers.js';

const sampleId = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';

/** The address to read: the matrix's own (real ids) when it has a GET case, otherwise the path
 *  with a made-up id and each required query parameter filled in. */
async function addressOf(op: DocumentedOperation, s: Scenario, db: Kysely<Database>): Promise<string> {
  const known = roleCases.find((c) => c.op === op.key && c.expect.admin < 300);
  if (known) return known.url(s, db);
  const query = op.parameters
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => {
      const first = p.schema.enum?.[0];
      return `${p.name}=${encodeURIComponent(typeof first === 'string' ? first : 'x')}`;
    });
  const path = op.path.replace(/\{[^}]+\}/g, sampleId);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

describeOnDatabases('no state change on GET', (target) => {
  const database = useTestDatabase(target, { scope: 'file' });
  let app: FastifyInstance;
  let s: Scenario;
  beforeAll(async () => {
    s = await seedScenario(database());
    app = await buildTestApp(database());
    return async () => {
      await app.close();
    };
  });

  it('leaves every table and the audit log as they were after every GET and HEAD, as an administrator', async () => {
    const { db } = database();
    const headers = await sessionHeadersFor(db, s.people.admin.id);
    const reads = (await documentedOperations(app)).filter((op) => op.method === 'GET');
    expect(reads.length).toBeGreaterThan(10);
    const before = await rowCounts(database(), ['audit_log']);
    const auditFrom = await lastAuditId(database());
    const answered: string[] = [];
    for (const op of reads) {
      const url = await addressOf(op, s, db);
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await app.inject({ method, url, headers });
        answered.push(`${method} ${op.path}: ${res.statusCode}`);
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      }
    }
    expect(await rowCounts(database(), ['audit_log'])).toEqual(before);
    const added = await auditActionsSince(database(), auditFrom);
    expect(added.filter((action) => !isReadAudit(action))).toEqual([]);
    // The walk read real things, not only 404s.
    expect(answered.filter((line) => line.endsWith(': 200')).length).toBeGreaterThan(reads.length);
  });
});
