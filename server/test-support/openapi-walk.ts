// Reads the app's own OpenAPI document and walks the JSON schemas in it, so that suites which must
// cover every route (hostile input) find new routes and new fields by themselves.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const methods: readonly Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const isMethod = (value: string): value is Method => methods.some((m) => m === value);

/** The part of JSON Schema the generated document uses. */
export interface JsonSchema {
  type?: string | string[] | undefined;
  properties?: Record<string, JsonSchema> | undefined;
  required?: string[] | undefined;
  items?: JsonSchema | undefined;
  anyOf?: JsonSchema[] | undefined;
  oneOf?: JsonSchema[] | undefined;
  enum?: unknown[] | undefined;
  const?: unknown;
  format?: string | undefined;
  pattern?: string | undefined;
  minItems?: number | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
}

const jsonSchema: z.ZodType<JsonSchema> = z.lazy(() =>
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    properties: z.record(z.string(), jsonSchema).optional(),
    required: z.array(z.string()).optional(),
    items: jsonSchema.optional(),
    anyOf: z.array(jsonSchema).optional(),
    oneOf: z.array(jsonSchema).optional(),
    enum: z.array(z.unknown()).optional(),
    const: z.unknown().optional(),
    format: z.string().optional(),
    pattern: z.string().optional(),
    minItems: z.number().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  }),
);

const parameter = z.looseObject({
  in: z.string(),
  name: z.string(),
  required: z.boolean().optional(),
  schema: jsonSchema.optional(),
});

const operation = z.looseObject({
  parameters: z.array(parameter).optional(),
  requestBody: z
    .looseObject({ content: z.record(z.string(), z.looseObject({ schema: jsonSchema.optional() })) })
    .optional(),
});

const document = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

export interface Parameter {
  in: 'query' | 'path';
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface DocumentedOperation {
  /** "METHOD /path/{param}", as the access matrix names operations. */
  key: string;
  method: Method;
  path: string;
  parameters: Parameter[];
  /** The schema of an application/json request body, or null. */
  body: JsonSchema | null;
}

export async function documentedOperations(app: FastifyInstance): Promise<DocumentedOperation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}`);
  const ops: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(document.parse(res.json()).paths)) {
    for (const [name, raw] of Object.entries(item)) {
      const method = name.toUpperCase();
      if (!isMethod(method)) continue;
      const op = operation.parse(raw);
      const parameters: Parameter[] = (op.parameters ?? []).flatMap((p) =>
        p.in === 'query' || p.in === 'path'
          ? [{ in: p.in, name: p.name, required: p.required ?? false, schema: p.schema ?? {} }]
          : [],
      );
      const body = op.requestBody?.content['application/json']?.schema ?? null;
      ops.push({ key: `${method} ${path}`, method, path, parameters, body });
    }
  }
  return ops.sort((a, b) => a.key.localeCompare(b.key));
}

/** The schema without its null branch: `x | null` becomes `x`. */
export function nonNull(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!branches) return schema;
  return branches.find((b) => b.type !== 'null') ?? schema;
}

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** Every place a string can go in a value of this schema, as property paths ('0' for an item). */
export function stringFields(schema: JsonSchema, path: string[] = []): string[][] {
  const s = nonNull(schema);
  if (typeOf(s) === 'string' || (s.enum && s.enum.every((v) => typeof v === 'string'))) return [path];
  if (s.properties)
    return Object.entries(s.properties).flatMap(([name, child]) => stringFields(child, [...path, name]));
  if (typeOf(s) === 'array' && s.items) return stringFields(s.items, [...path, '0']);
  return [];
}

/** Makes a valid value for a schema; `leaf` decides strings, since only the caller knows which
 *  ids are real and which codes are free. Optional properties are left out. */
export function sampleValue(
  schema: JsonSchema,
  name: string,
  leaf: (name: string, schema: JsonSchema) => unknown,
): unknown {
  const s = nonNull(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum || typeOf(s) === 'string') return leaf(name, s);
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => (s.items ? sampleValue(s.items, name, leaf) : ''));
    default:
      return sampleObject(s, leaf);
  }
}

function sampleObject(
  schema: JsonSchema,
  leaf: (name: string, schema: JsonSchema) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of schema.required ?? []) {
    const child = schema.properties?.[key];
    if (child) out[key] = sampleValue(child, key, leaf);
  }
  return out;
}

/** A valid value of the schema with `value` put at `path` (and whatever leads to it created). */
export function valueWith(
  schema: JsonSchema,
  path: readonly string[],
  value: unknown,
  leaf: (name: string, schema: JsonSchema) => unknown,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const s = nonNull(schema);
  if (head === '0' && s.items) return [valueWith(s.items, rest, value, leaf)];
  const child = s.properties?.[head] ?? {};
  return { ...sampleObject(s, leaf), [head]: valueWith(child, rest, value, leaf) };
}

/** The value at a property path, or undefined. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.entries(node).find(([k]) => k === key)?.[1];
  }
  return node;
}
