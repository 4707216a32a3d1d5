// No state change on GET: every GET (and HEAD) operation of the OpenAPI document, called by an
// administrator with real ids where the access matrix has them, leaves the content of every table
// as it was (a digest of every row, so an UPDATE shows too) and adds nothing to the audit log but
// the entries that record a sensitive read.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { roleCases } from '../../test-support/access-case-index.js';
import { buildTestApp, seedScenario, type Scenario } from '../../test-support/api-app.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { documentedOperations, type DocumentedOperation } from '../../test-support/openapi-walk.js';
import { sealAuditLog } from '../audit-chain.js';
import {
  auditActionsSince,
  isReadAudit,
  lastAuditId,
  tableDigests,
  type IgnoredColumns,
} from '../../test-support/row-counts.js';
import { sessionHeadersFor } from '../../test-support/session-headers.js';

const sampleId = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';

/** What a read may change, and why; nothing else may differ after the walk. */
const changedByReads: IgnoredColumns = {
  // The session in use is seen (idle timeout); an API token records its last use.
  sessions: ['last_seen_at'],
  api_tokens: ['last_used_at'],
  // The author opening their own signal has seen its latest answers (board-service.ts).
  signals: ['author_seen_at'],
  // Sealing chains the audit entries a read wrote (audit-sealing.ts, after every response): the
  // head moves on, but what was pruned stays. The entries themselves are checked below.
  audit_chain: ['head_seq', 'head_hash'],
};

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
    // Seal what the set-up wrote, so that every entry that exists now must stay exactly as it is
    // (a sealed entry is never rewritten); the walk may only add read entries after it.
    await sealAuditLog(db);
    const auditFrom = await lastAuditId(database());
    const auditBefore = await db.selectFrom('audit_log').selectAll().where('id', '<=', auditFrom).execute();
    const before = await tableDigests(database(), { except: ['audit_log'], ignore: changedByReads });
    const answered: string[] = [];
    for (const op of reads) {
      const url = await addressOf(op, s, db);
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await app.inject({ method, url, headers });
        answered.push(`${method} ${op.path}: ${res.statusCode}`);
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      }
    }
    expect(await tableDigests(database(), { except: ['audit_log'], ignore: changedByReads })).toEqual(before);
    expect(await db.selectFrom('audit_log').selectAll().where('id', '<=', auditFrom).execute()).toEqual(auditBefore);
    const added = await auditActionsSince(database(), auditFrom);
    expect(added.filter((action) => !isReadAudit(action))).toEqual([]);
    // The walk read real things, not only 404s.
    expect(answered.filter((line) => line.endsWith(': 200')).length).toBeGreaterThan(reads.length);
  });
});
