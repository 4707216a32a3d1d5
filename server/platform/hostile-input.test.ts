// Hostile input through every route. The operations come from the OpenAPI document, so a route
// added later is covered without an edit here: each string in the corpus
// (test-support/hostile-corpus.ts) goes into every string field of every JSON body, every query
// parameter and every path parameter, as an administrator. The rules:
// - never a 5xx; a 4xx is problem+json in the reader's language, and a field error names the field;
// - NUL and unpaired surrogates are refused with 422 (PostgreSQL cannot store NUL, and neither
//   database keeps a lone surrogate as it came), on both databases alike;
// - text that is accepted reads back exactly as sent, or trimmed (the documented normalisation of
//   text fields; e-mail addresses are also lower-cased);
// - a search takes its text literally: every hit contains it;
// - 10 MB bodies, 10,000 levels of nesting and prototype-polluting keys are refused cleanly.
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { catalogs } from '../../common/i18n/catalogs.js';
import { flattenKeys } from '../../common/i18n/translate.js';
import { invalidCharactersKey } from '../../common/platform/fields.js';
import { problemSchema } from '../../common/platform/problem.js';
import { translate } from './i18n.js';
import { describeOnDatabases, useTestDatabase } from '../test-support/databases.js';
import * as corpus from '../test-support/hostile-corpus.js';
import { jsonOf, stringsIn, urlOf, useHostileApp, type Send } from '../test-support/hostile-requests.js';
import {
  sampleValue,
  stringFields,
  valueAt,
  valueWith,
  type DocumentedOperation,
} from '../test-support/openapi-walk.js';

/** Operations the suite does not send hostile input to, each with its reason. */
const skipped: Record<string, string> = {
  'POST /api/v1/auth/logout': 'takes no input and would end the session the suite acts with',
};

const unstorable = (value: string) => value.includes('\u0000') || corpus.hasLoneSurrogate(value);
const show = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

// The reader is the administrator of a Swedish organisation: every message must be one of the
// Swedish catalog's, with its placeholders filled in.
const swedishMessages = flattenKeys(catalogs.sv.errors).map(
  ([, text]) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\s*\w+\s*\}\}/g, '.*')}$`, 's'),
);
const invalidCharactersMessage = translate('sv', 'errors', invalidCharactersKey);

/** What is wrong with an answer to hostile input, or null. `field` is where the input went. */
function answerProblem(res: LightMyRequestResponse, field: string | null): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}`;
  if (res.statusCode < 400) return null;
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    return `${res.statusCode} is not problem+json`;
  const parsed = problemSchema.safeParse(jsonOf(res));
  if (!parsed.success) return `${res.statusCode} body is not a problem`;
  const problem = parsed.data;
  const messages = [problem.detail ?? '', ...(problem.errors ?? []).map((e) => e.message)];
  const foreign = messages.find((m) => !swedishMessages.some((pattern) => pattern.test(m)));
  if (foreign !== undefined) return `${res.statusCode} message is not from the Swedish catalog: ${show(foreign)}`;
  if (problem.code === 'validation' && field !== null && !problem.errors?.some((e) => e.field === field))
    return `422 does not name ${field}: ${JSON.stringify(problem.errors)}`;
  return null;
}

function refusedAsInvalidCharacters(res: LightMyRequestResponse, field: string): boolean {
  if (res.statusCode !== 422) return false;
  const problem = problemSchema.safeParse(jsonOf(res));
  return (
    problem.success && !!problem.data.errors?.some((e) => e.field === field && e.message === invalidCharactersMessage)
  );
}

const template = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

interface ReadBack {
  url: string;
  /** The id to find in a list answer, or null when the URL names the resource itself. */
  inList: string | null;
}

/**
 * Where the resource a write answered with can be read again: its own GET, or its list. Null when
 * the answer is not the resource written (an action on a parent, a file), so it is not compared.
 */
function readBackOf(op: DocumentedOperation, ops: readonly DocumentedOperation[], url: string, answer: unknown) {
  const gets = new Set(ops.filter((o) => o.method === 'GET').map((o) => template(o.path)));
  const id = valueAt(answer, ['id']);
  const base = op.path.replace(/\/\{[^}]+\}$/, '');
  if (op.method !== 'POST' && gets.has(template(op.path))) return { url, inList: null };
  if (typeof id !== 'string') return null;
  if (gets.has(template(`${op.path}/{id}`))) return { url: `${url}/${id}`, inList: null };
  if (gets.has(template(op.path))) return { url, inList: id };
  if (base !== op.path && gets.has(template(base))) return { url: url.replace(/\/[^/]+$/, ''), inList: id };
  return null;
}

async function readBack(target: ReadBack, send: Send): Promise<unknown> {
  const res = await send('GET', target.url);
  if (res.statusCode !== 200) return undefined;
  if (target.inList === null) return jsonOf(res);
  const items = valueAt(jsonOf(res), ['items']);
  return Array.isArray(items) ? items.find((item) => valueAt(item, ['id']) === target.inList) : undefined;
}

describeOnDatabases('hostile input through every route', (target) => {
  const database = useTestDatabase(target);
  const start = useHostileApp(database, skipped);

  it('skips only operations that exist', async () => {
    const { all } = await start();
    expect(Object.keys(skipped).filter((key) => !all.some((op) => op.key === key))).toEqual([]);
  });

  it('answers hostile text in every string field of every JSON body cleanly, and stores it as sent', async () => {
    const { send, all, ops, fill, pathValues } = await start();
    const failures: string[] = [];
    const stored = new Set<string>();
    for (const op of ops) {
      if (!op.body) continue;
      const url = urlOf(op, await pathValues(op));
      for (const path of stringFields(op.body)) {
        const field = path.join('.');
        for (const payload of corpus.hostileStrings) {
          const where = `${op.key} ${field} <- ${payload.name}`;
          const res = await send(op.method, url, { json: valueWith(op.body, path, payload.value, fill) });
          const problem = answerProblem(res, field);
          if (problem) failures.push(`${where}: ${problem}`);
          if (unstorable(payload.value)) {
            // A 404 here usually means the path could not be filled: teach fieldFiller the parameter.
            if (!refusedAsInvalidCharacters(res, field))
              failures.push(`${where}: not refused as invalid characters (${res.statusCode})`);
            continue;
          }
          if (res.statusCode >= 300) continue;
          const accepted = new Set([payload.value, payload.value.trim()]);
          if (/email/i.test(field)) for (const v of [...accepted]) accepted.add(v.toLowerCase());
          const answer = jsonOf(res);
          const target = readBackOf(op, all, url, answer);
          if (!target) continue;
          const answered = valueAt(answer, path);
          if (typeof answered === 'string' && !accepted.has(answered))
            failures.push(`${where}: answered ${show(answered)}`);
          const again = valueAt(await readBack(target, send), path);
          if (typeof again !== 'string') continue;
          if (accepted.has(again)) stored.add(op.key);
          else failures.push(`${where}: read back as ${show(again)}`);
        }
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
    // The filler must get writes through, or the read-back rule above would never be tested.
    const writes = ['POST /api/v1/units', 'PATCH /api/v1/units/{id}', 'POST /api/v1/people'];
    const moreWrites = ['PATCH /api/v1/people/{id}', 'POST /api/v1/mandates', 'PATCH /api/v1/mandates/{id}'];
    expect([...stored]).toEqual(expect.arrayContaining([...writes, ...moreWrites]));
  }, 600_000);

  it('answers hostile query parameters cleanly, and a search takes its text literally', async () => {
    const { send, ops, fill, pathValues } = await start();
    const failures: string[] = [];
    let searches = 0;
    for (const op of ops) {
      const query = op.parameters.filter((p) => p.in === 'query');
      if (query.length === 0) continue;
      const url = urlOf(op, await pathValues(op));
      const body = op.body ? { json: sampleValue(op.body, '', fill) } : undefined;
      for (const param of query) {
        const others = query
          .filter((p) => p.required && p !== param)
          .map((p) => `${p.name}=${encodeURIComponent(String(sampleValue(p.schema, p.name, fill)))}`);
        for (const payload of corpus.hostileStrings) {
          const where = `${op.key} ?${param.name} <- ${payload.name}`;
          const qs = [`${param.name}=${corpus.encodeHostile(payload.value)}`, ...others].join('&');
          const res = await send(op.method, `${url}?${qs}`, body);
          const problem = answerProblem(res, param.name);
          if (problem) failures.push(`${where}: ${problem}`);
          if (payload.value.includes('\u0000') && !refusedAsInvalidCharacters(res, param.name))
            failures.push(`${where}: NUL not refused as invalid characters`);
          const items: unknown = valueAt(jsonOf(res), ['items']);
          const needle = payload.value.trim().toLowerCase();
          if (param.name !== 'q' || res.statusCode !== 200 || !Array.isArray(items) || needle === '') continue;
          searches += 1;
          const stray: unknown = items.find(
            (item: unknown) => !stringsIn(item).some((t) => t.toLowerCase().includes(needle)),
          );
          if (stray !== undefined) failures.push(`${where}: found ${JSON.stringify(stray).slice(0, 120)}`);
        }
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
    expect(searches).toBeGreaterThan(0);
  }, 600_000);

  it('answers hostile path parameters with a clean 4xx', async () => {
    const { send, ops, fill, pathValues } = await start();
    const failures: string[] = [];
    for (const op of ops) {
      const params = op.parameters.filter((p) => p.in === 'path');
      if (params.length === 0) continue;
      const values = await pathValues(op);
      const body = op.body ? { json: sampleValue(op.body, '', fill) } : undefined;
      for (const param of params) {
        for (const payload of corpus.hostileStrings) {
          const url = urlOf(op, { ...values, [param.name]: corpus.encodeHostile(payload.value) });
          const res = await send(op.method, url, body);
          const problem = answerProblem(res, null) ?? (res.statusCode < 400 ? `answered ${res.statusCode}` : null);
          if (problem) failures.push(`${op.key} {${param.name}} <- ${payload.name}: ${problem}`);
        }
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
  }, 600_000);

  it('refuses 10 MB bodies, 10,000 levels of nesting and prototype pollution cleanly', async () => {
    const { send, ops, fill, pathValues } = await start();
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const failures: string[] = [];
    const huge = corpus.hugeJsonBody();
    const nested = corpus.deeplyNestedJson();
    for (const op of ops) {
      const url = urlOf(op, await pathValues(op));
      if (op.method === 'GET') {
        const res = await send('GET', `${url}?__proto__=polluted&constructor=polluted&__proto__[polluted]=yes`);
        if (res.statusCode >= 500) failures.push(`${op.key} with polluting query: ${res.statusCode}`);
      }
      if (!op.body) continue;
      const tooLarge = await send(op.method, url, { raw: huge });
      if (tooLarge.statusCode !== 413 || answerProblem(tooLarge, null))
        failures.push(`${op.key} with 10 MB: ${tooLarge.statusCode} ${answerProblem(tooLarge, null) ?? ''}`);
      const raws = [nested, corpus.deeplyNestedObjectJson(), ...corpus.prototypePollutionBodies];
      for (const raw of raws) {
        const res = await send(op.method, url, { raw });
        if (res.statusCode < 400 || answerProblem(res, null))
          failures.push(`${op.key} with ${raw.slice(0, 30)}…: ${res.statusCode}`);
      }
      for (const path of stringFields(op.body)) {
        const raw = JSON.stringify(valueWith(op.body, path, '__NESTED__', fill)).replace('"__NESTED__"', nested);
        const res = await send(op.method, url, { raw });
        const problem =
          answerProblem(res, path.join('.')) ?? (res.statusCode < 400 ? `answered ${res.statusCode}` : null);
        if (problem) failures.push(`${op.key} ${path.join('.')} <- 10,000 levels: ${problem}`);
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  }, 600_000);
});
