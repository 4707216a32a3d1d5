// Helpers for the barometer's tests: more people in the scenario, service contexts without HTTP
// (for many respondents), and short ways to create, answer and close a wave.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { waveDetailSchema, type CreateWaveBody, type WaveDetail } from '../../../common/barometer/api.js';
import type { Locale } from '../../../common/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { loadPrincipal } from '../../platform/auth/principal-loader.js';
import { createNotifier } from '../../platform/notifications/notify.js';
import type { ServiceContext } from '../../platform/principal.js';
import type { Caller } from '../../test-support/api-app.js';
import { submitResponse } from './answer-service.js';
import { closeAndFollowUp, createWave } from './waves-service.js';
import { findWave } from './repo.js';

export const testNotifier = createNotifier({ publicUrl: 'http://localhost', defaultLocale: 'sv' });

/** Adds active people with one membership each (no password: they act through services). */
export async function addPeople(
  db: Kysely<Database>,
  unitId: string,
  count: number,
  role: 'staff' | 'manager' = 'staff',
): Promise<string[]> {
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = randomUUID();
    await db
      .insertInto('people')
      .values({
        id,
        email: `p-${id}@testby.se`,
        name: `Extra ${i}`,
        title: '',
        locale: null,
        notification_mode: 'digest',
        password_hash: null,
        active: 1,
        created_at: now,
        updated_at: now,
        deactivated_at: null,
      })
      .execute();
    await db
      .insertInto('memberships')
      .values({ id: randomUUID(), person_id: id, unit_id: unitId, role, started_at: now, ended_at: null })
      .execute();
    ids.push(id);
  }
  return ids;
}

export async function contextFor(
  db: Kysely<Database>,
  personId: string,
  locale: Locale = 'sv',
): Promise<ServiceContext> {
  const principal = await loadPrincipal(db, personId, { sessionId: 'test' });
  if (!principal) throw new Error('no such person');
  return { db, principal, locale, requestId: 'test' };
}

export const waveBody = (overrides: Partial<CreateWaveBody> = {}): CreateWaveBody => ({
  title: 'Pulsen',
  instruments: [{ key: 'socialCapital' }],
  scopeUnitId: null,
  opensAt: new Date(Date.now() - 60_000).toISOString(),
  closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  repeat: 'none',
  reminderDaysBeforeClose: null,
  dependentUnitIds: [],
  ...overrides,
});

/** Creates (and, dated now, opens) a wave as the given person, through the service. */
export async function openWaveAs(db: Kysely<Database>, personId: string, overrides: Partial<CreateWaveBody> = {}) {
  return createWave(await contextFor(db, personId), { notifier: testNotifier }, waveBody(overrides));
}

export async function openWaveOverHttp(caller: Caller, overrides: Partial<CreateWaveBody> = {}): Promise<WaveDetail> {
  const response = await caller('POST', '/api/v1/barometer/waves', waveBody(overrides));
  expect(response.statusCode, response.body).toBe(200);
  return waveDetailSchema.parse(response.json());
}

/** Answers every social-capital item with one value. */
export async function answerSocialCapital(db: Kysely<Database>, waveId: string, personId: string, value: number) {
  const keys = [
    'verticalInform',
    'verticalRely',
    'verticalVoice',
    'horizontalRely',
    'horizontalShare',
    'horizontalHelp',
    'justiceFair',
    'justiceRecognition',
    'justiceConflicts',
    'cooperationGroup',
    'cooperationOthers',
    'cooperationCoreTask',
  ];
  await submitResponse(await contextFor(db, personId), waveId, {
    answers: keys.map((k) => ({ itemKey: `socialCapital.${k}`, targetUnitId: null, value })),
    comments: [],
  });
}

export async function closeNow(db: Kysely<Database>, waveId: string): Promise<void> {
  const wave = await findWave(db, waveId);
  if (!wave) throw new Error('no wave');
  await closeAndFollowUp(db, { notifier: testNotifier }, wave, new Date().toISOString());
}
