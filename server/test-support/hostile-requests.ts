// The request side of the hostile-input suite: an administrator's session that survives routes
// which end it, valid filler for every field that is not under attack, and real ids for path
// parameters, all found from the OpenAPI document so that later routes need no setup here.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import type { Database } from '../db/schema.js';
import { createSession } from '../platform/auth/sessions.js';
import { buildTestApp, seedScenario, testPassword, type Scenario } from './api-app.js';
import type { TestDatabase } from './databases.js';
import {
  documentedOperations,
  valueAt,
  type DocumentedOperation,
  type JsonSchema,
  type Method,
} from './openapi-walk.js';

// Sign-in attempts with hostile addresses must reach validation, not the throttles, and the
// administrator needs no second factor here.
const relaxedLimits = { LOGIN_RATE_LIMIT: '100000', SIGNIN_MAX_FAILURES: '1000', MFA_REQUIRED_ROLES: 'none' };

const methodOrder: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * For a suite that sends hostile input: start() seeds the scenario, builds the app and returns
 * the documented operations (creations first, so that the operations on one object find one to
 * work on; the skipped ones left out), a sender, the filler and a path-value finder.
 */
export function useHostileApp(database: () => TestDatabase, skipped: Readonly<Record<string, string>> = {}) {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  return async function start() {
    const s = await seedScenario(database());
    const app = await buildTestApp(database(), relaxedLimits);
    apps.push(app);
    const send = adminSender(app, database().db, s);
    const all = await documentedOperations(app);
    const ops = all
      .filter((op) => !(op.key in skipped))
      .sort((a, b) => methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method) || a.key.localeCompare(b.key));
    const fill = fieldFiller(s);
    const pathValues = async (op: DocumentedOperation) => realPathValues(op, all, send, s.people.admin.id, fill);
    return { s, app, send, all, ops, fill, pathValues };
  };
}

/** A body as JSON, or as it is (with its content type; JSON unless told). */
export type Body = { json: unknown } | { raw: string | Buffer; type?: string };

export type Send = (method: Method, url: string, body?: Body) => Promise<LightMyRequestResponse>;

/**
 * Requests as the scenario's administrator. The session is made directly (like the access
 * matrix does), so the suite needs no second factor; when a route ends it (a password change
 * does), a new one is made and the request sent once more.
 */
export function adminSender(app: FastifyInstance, db: Kysely<Database>, s: Scenario): Send {
  let headers: Promise<Record<string, string>> | undefined;
  const fresh = async () => {
    const session = await createSession(db, s.people.admin.id, 'password', { idleMinutes: 60, absoluteHours: 1 });
    return {
      cookie: `tillit_session=${session.token}; tillit_csrf=${session.csrfToken}`,
      'x-csrf-token': session.csrfToken,
    };
  };
  const once = async (method: Method, url: string, body?: Body) => {
    headers ??= fresh();
    const payload =
      body === undefined ? {} : 'raw' in body ? { payload: body.raw } : { payload: JSON.stringify(body.json) };
    const type = body === undefined ? {} : { 'content-type': contentTypeOf(body) };
    return app.inject({ method, url, headers: { ...(await headers), ...type }, ...payload });
  };
  return async (method, url, body) => {
    const res = await once(method, url, body);
    if (res.statusCode !== 401 || !res.body.includes('"unauthenticated"')) return res;
    headers = fresh();
    return once(method, url, body);
  };
}

const contentTypeOf = (body: Body): string => ('type' in body ? body.type : undefined) ?? 'application/json';

/** Values a field should get when it is not the one under attack, where its first enum value or
 *  a plain text would be refused for reasons of its own. */
const preferredChoices: Record<string, string> = { kind: 'team' };

/** Fills fields by name and format: real ids of the scenario, unique codes and e-mail addresses. */
export function fieldFiller(s: Scenario): (name: string, schema: JsonSchema) => unknown {
  let n = 0;
  const ids: Record<string, string> = {
    parentId: s.units.unitA1,
    unitId: s.units.unitA1,
    personId: s.people.staffA1b.id,
  };
  const plain = (name: string, schema: JsonSchema): unknown => {
    n += 1;
    if (schema.enum) {
      const preferred = preferredChoices[name];
      return preferred !== undefined && schema.enum.includes(preferred) ? preferred : schema.enum[0];
    }
    if (schema.format === 'uuid' || /Id$/.test(name)) return ids[name] ?? s.units.unitA1;
    if (schema.format === 'email' || /email/i.test(name)) return `hostile-${n}-${randomUUID().slice(0, 8)}@testby.se`;
    if (/password/i.test(name)) return testPassword;
    if (name === 'code') return `H${n}-${randomUUID().slice(0, 8)}`;
    if (schema.format === 'date-time') return new Date().toISOString();
    if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
    return `Hostile sample ${n}`;
  };
  // A text with a pattern of its own (a key such as "mandate") gets the first candidate it accepts.
  return (name, schema) => {
    const value = plain(name, schema);
    if (typeof value !== 'string' || schema.pattern === undefined) return value;
    const pattern = new RegExp(schema.pattern, 'u');
    return [value, 'sample', 'Sample1', '1'].find((candidate) => pattern.test(candidate)) ?? value;
  };
}

const isRecordWithId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';

/**
 * Real values for the path parameters of an operation: an item of the collection the parameter
 * names (GET /units for /units/{id}), or an entry of the parent's list of the same name
 * (GET /people/{id} -> memberships for /people/{id}/memberships/{membershipId}). Parameters that
 * are not ids (an enum, a key) and ids with no list get what the filler gives, which passes
 * validation and is then perhaps not found. The administrator is avoided where possible.
 */
export async function realPathValues(
  op: DocumentedOperation,
  ops: readonly DocumentedOperation[],
  send: Send,
  avoid: string,
  fill: (name: string, schema: JsonSchema) => unknown,
): Promise<Record<string, string>> {
  const segments = op.path.split('/');
  const values: Record<string, string> = {};
  const withValues = (template: string) => template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? '');
  const documentedGet = (template: string) => ops.some((o) => o.method === 'GET' && o.path === template);
  const readList = async (template: string, pick: (body: unknown) => unknown) => {
    if (!documentedGet(template)) return [];
    const res = await send('GET', withValues(template));
    if (res.statusCode !== 200) return [];
    const list = pick(jsonOf(res));
    return Array.isArray(list) ? list.filter(isRecordWithId) : [];
  };
  for (const [i, segment] of segments.entries()) {
    const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (name === undefined) continue;
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    const filled = fill(name, schema);
    if (schema.enum || schema.format !== 'uuid') {
      values[name] = String(filled);
      continue;
    }
    const collection = segments.slice(0, i).join('/');
    const parent = segments.slice(0, i - 1).join('/');
    const label = segments[i - 1] ?? '';
    let items = await readList(collection, (body) => valueAt(body, ['items']));
    if (items.length === 0) items = await readList(parent, (body) => valueAt(body, [label]));
    values[name] = (items.find((item) => item.id !== avoid) ?? items[0])?.id ?? String(filled);
  }
  return values;
}

/** The URL of an operation with the given path values; missing ones get a random id. */
export function urlOf(op: DocumentedOperation, values: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? randomUUID());
}

/** Every string in a JSON value, keys aside. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The answer's JSON body, or undefined for any other body (a CSV file, an empty answer). */
export function jsonOf(res: LightMyRequestResponse): unknown {
  try {
    return JSON.parse(res.body);
  } catch {
    return undefined;
  }
}
