// Shared by the signals API tests: a director above department A (so there is someone to hand up
// and escalate to), and small helpers to raise and read signals.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { createSignalResponse, signalDetailSchema } from '../../../common/signals/signals.js';
import type { Database } from '../../db/schema.js';
import { createSession } from '../../platform/auth/sessions.js';
import type { Caller, Scenario } from '../../test-support/api-app.js';
import type { FastifyInstance } from 'fastify';

/** Adds a person who manages the administration unit (above both departments) and returns a caller. */
export async function addDirector(app: FastifyInstance, db: Kysely<Database>, s: Scenario) {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('people')
    .values({
      id,
      email: 'director@testby.se',
      name: 'Person director',
      title: '',
      locale: null,
      notification_mode: 'immediate',
      password_hash: null,
      password_changed_at: null,
      active: 1,
      created_at: now,
      updated_at: now,
      deactivated_at: null,
    })
    .execute();
  await db
    .insertInto('memberships')
    .values({
      id: randomUUID(),
      person_id: id,
      unit_id: s.units.admin,
      role: 'manager',
      started_at: now,
      ended_at: null,
    })
    .execute();
  const session = await createSession(db, id, 'password', { idleMinutes: 60, absoluteHours: 1 });
  const headers = { cookie: `tillit_session=${session.token}`, 'x-csrf-token': session.csrfToken };
  const call: Caller = (method, url, payload, extra = {}) =>
    app.inject({ method, url, headers: { ...headers, ...extra }, ...(payload === undefined ? {} : { payload }) });
  return { id, call };
}

export async function raise(call: Caller, body: object) {
  const res = await call('POST', '/api/v1/signals', body);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return createSignalResponse.parse(res.json());
}

export async function read(call: Caller, id: string) {
  const res = await call('GET', `/api/v1/signals/${id}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return signalDetailSchema.parse(res.json());
}
