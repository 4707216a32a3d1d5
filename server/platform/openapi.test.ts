// The API contract as a client developer reads it: GET /api/v1/openapi.json, generated from the
// same zod schemas the server validates with.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orgRoles, unitKinds } from '../../common/org/roles.js';
import { useTestDatabase } from '../test-support/databases.js';
import { buildTestApp } from '../test-support/api-app.js';

const schemaType = z.union([z.string(), z.array(z.string())]).optional();
const jsonSchema = z.looseObject({
  type: schemaType,
  properties: z
    .record(
      z.string(),
      z.looseObject({ type: schemaType, maxLength: z.number().optional(), enum: z.array(z.unknown()).optional() }),
    )
    .optional(),
  required: z.array(z.string()).optional(),
  additionalProperties: z.unknown().optional(),
  items: z.unknown().optional(),
});

const operationSchema = z.looseObject({
  tags: z.array(z.string()).optional(),
  parameters: z
    .array(
      z.looseObject({
        name: z.string(),
        in: z.string(),
        required: z.boolean().optional(),
        schema: jsonSchema.optional(),
      }),
    )
    .optional(),
  requestBody: z
    .looseObject({
      required: z.boolean().optional(),
      content: z.record(z.string(), z.looseObject({ schema: jsonSchema })),
    })
    .optional(),
  responses: z.record(
    z.string(),
    z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: jsonSchema.optional() })).optional() }),
  ),
});

const documentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
});
type ApiDocument = z.infer<typeof documentSchema>;

describe('OpenAPI document', () => {
  const database = useTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' }, { scope: 'file' });
  let app: FastifyInstance;
  let doc: ApiDocument;
  let headers: Record<string, unknown>;

  beforeAll(async () => {
    app = await buildTestApp(database());
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    headers = res.headers;
    doc = documentSchema.parse(res.json());
  });
  afterAll(async () => {
    await app.close();
  });

  const operation = (method: string, path: string) => {
    const op = doc.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
    return op;
  };
  const bodySchema = (method: string, path: string) => {
    const schema = operation(method, path).requestBody?.content['application/json']?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${path} has no JSON request body schema`);
    return schema;
  };

  it('is OpenAPI 3.1 and never cached', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBe('Tillit API');
    expect(headers['cache-control']).toBe('no-store');
  });

  it('lists the auth, platform and organisation operations, and not itself', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'GET /api/v1/setup',
      'POST /api/v1/setup',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/me',
      'PATCH /api/v1/me/preferences',
      'GET /api/v1/notifications',
      'GET /api/v1/audit',
      'GET /api/v1/units',
      'POST /api/v1/units',
      'GET /api/v1/units/{id}',
      'PATCH /api/v1/units/{id}',
      'POST /api/v1/units/{id}/move',
      'POST /api/v1/units/{id}/deactivate',
      'POST /api/v1/units/{id}/reactivate',
      'GET /api/v1/people',
      'POST /api/v1/people',
      'GET /api/v1/people/{id}',
      'PATCH /api/v1/people/{id}',
      'PUT /api/v1/people/{id}/roles',
      'POST /api/v1/people/{id}/memberships',
      'POST /api/v1/people/{id}/memberships/{membershipId}/end',
      'GET /api/v1/mandates',
      'POST /api/v1/mandates',
      'PATCH /api/v1/mandates/{id}',
      'POST /api/v1/org/import',
      'GET /api/v1/org/export',
    ])
      expect(operations).toContain(expected);
    expect(operations.filter((op) => op.includes('openapi.json'))).toEqual([]);
    // Every operation is filed under a tag, so the reference reads by module.
    expect(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([, op]) => !op.tags?.length)
          .map(([m]) => `${m} ${path}`),
      ),
    ).toEqual([]);
  });

  it('describes the body of POST /api/v1/units from its zod schema: required fields, limits, kinds, no extras', () => {
    const schema = bodySchema('post', '/api/v1/units');
    expect(operation('post', '/api/v1/units').requestBody?.required).toBe(true);
    expect(schema.type).toBe('object');
    expect([...(schema.required ?? [])].sort()).toEqual(['code', 'kind', 'name', 'parentId']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.name).toMatchObject({ type: 'string', maxLength: 200 });
    expect(schema.properties?.description).toMatchObject({ type: 'string', maxLength: 4000 });
    expect(schema.properties?.code).toMatchObject({ type: 'string', maxLength: 40 });
    expect(schema.properties?.kind?.enum).toEqual([...unitKinds]);
  });

  it('offers no way to send roles or a password hash when editing a person', () => {
    const schema = bodySchema('patch', '/api/v1/people/{id}');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['email', 'name', 'title']);
    expect(schema.additionalProperties).toBe(false);
    const roles = bodySchema('put', '/api/v1/people/{id}/roles');
    expect(roles.required).toEqual(['roles']);
    expect(roles.properties?.roles).toMatchObject({ type: 'array', items: { type: 'string', enum: [...orgRoles] } });
  });

  it('describes the other request bodies it validates', () => {
    const person = bodySchema('post', '/api/v1/people');
    expect([...(person.required ?? [])].sort()).toEqual(['email', 'name', 'unitId']);
    expect(person.properties?.email).toMatchObject({ type: 'string', maxLength: 254 });
    const login = bodySchema('post', '/api/v1/auth/login');
    expect([...(login.required ?? [])].sort()).toEqual(['email', 'password']);
    const mandate = bodySchema('post', '/api/v1/mandates');
    expect([...(mandate.required ?? [])].sort()).toEqual(['holderRole', 'title', 'unitId']);
    const move = bodySchema('post', '/api/v1/units/{id}/move');
    expect(move.required).toEqual(['parentId']);
  });

  it('describes path ids as UUIDs and the query of the people list', () => {
    const params = operation('get', '/api/v1/units/{id}').parameters ?? [];
    expect(
      params.map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        type: p.schema?.type,
        format: p.schema?.format,
      })),
    ).toEqual([{ name: 'id', in: 'path', required: true, type: 'string', format: 'uuid' }]);
    const end = operation('post', '/api/v1/people/{id}/memberships/{membershipId}/end').parameters ?? [];
    expect(end.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:id', 'path:membershipId']);
    const query = (operation('get', '/api/v1/people').parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name)
      .sort();
    expect(query).toEqual(['directory', 'includeInactive', 'limit', 'offset', 'q', 'unitId']);
  });

  it('describes the responses, including that a unit’s members may be withheld (null)', () => {
    const unit = operation('get', '/api/v1/units/{id}').responses['200']?.content?.['application/json']?.schema;
    expect(Object.keys(unit?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'parentId',
        'code',
        'name',
        'kind',
        'path',
        'children',
        'members',
        'managers',
        'mandates',
        'can',
      ]),
    );
    expect(JSON.stringify(unit?.properties?.members)).toContain('"null"');
    const person = operation('get', '/api/v1/people/{id}').responses['200']?.content?.['application/json']?.schema;
    expect(Object.keys(person?.properties ?? {})).not.toContain('password_hash');
    expect(Object.keys(person?.properties ?? {})).not.toContain('passwordHash');
  });
});
