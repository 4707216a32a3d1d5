// Who may call the barometer routes: the anonymous outcome of each operation and the (operation,
// role) pairs, run by server/platform/access-matrix.test.ts. The prepared wave is a pulse on deptA
// (managerA leads it; staffA1 is in unitA1 below; managerB is outside), created by the analyst.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  adminOnly,
  everyone,
  signedInOnly,
  type AnonymousCase,
  type RoleCase,
} from '../../test-support/access-matrix.js';
import type { Scenario } from '../../test-support/api-app.js';
import { closeNow, openWaveAs } from './barometer-test-support.js';

const base = '/api/v1/barometer';
const waveOps = [
  'GET /waves/{id}',
  'POST /waves/{id}/open',
  'POST /waves/{id}/close',
  'PUT /waves/{id}/anonymity',
  'GET /waves/{id}/form',
  'POST /waves/{id}/responses',
  'GET /waves/{id}/heatmap',
  'GET /waves/{id}/items',
  'GET /waves/{id}/coordination',
  'GET /waves/{id}/chain',
  'GET /waves/{id}/hme.csv',
  'GET /units/{unitId}/trend',
  'GET /waves/{id}/units/{unitId}/dialogue',
  'PUT /waves/{id}/units/{unitId}/dialogue',
  'POST /waves/{id}/units/{unitId}/dialogue/obstacles',
];

export const barometerAnonymous: Record<string, AnonymousCase> = Object.fromEntries(
  [
    'GET /settings',
    'PUT /settings',
    'GET /instruments',
    'POST /instruments',
    'GET /instruments/{key}/{version}',
    'GET /waves',
    'POST /waves',
    ...waveOps,
  ].map((op) => {
    const [method, path] = op.split(' ');
    return [`${method} ${base}${path}`, signedInOnly];
  }),
);

/** The module's tables, children first, cleared before each access-matrix case. */
export const barometerTables: (keyof Database)[] = [
  'barometer_dialogue_actions',
  'barometer_dialogues',
  'barometer_visibility',
  'barometer_aggregates',
  'barometer_comments',
  'barometer_answers',
  'barometer_responses',
  'barometer_participation',
  'barometer_wave_units',
  'barometer_waves',
  'barometer_instruments',
  'barometer_settings',
];

type State = 'draft' | 'open' | 'closed';

const prepareWave =
  (state: State, instruments = ['socialCapital', 'hme', 'trustChain']) =>
  async (s: Scenario, db: Kysely<Database>) => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const wave = await openWaveAs(db, s.people.analyst.id, {
      scopeUnitId: s.units.deptA,
      instruments: instruments.map((key) => ({ key })),
      ...(state === 'draft' ? { opensAt: future, closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString() } : {}),
    });
    if (state === 'closed') await closeNow(db, wave.id);
  };

const waveUrl =
  (suffix = '') =>
  async (_s: Scenario, db: Kysely<Database>) => {
    // Without the prepared wave (e.g. the GET-is-safe walk) the address names a wave that does not exist.
    const wave = await db.selectFrom('barometer_waves').select('id').orderBy('created_at').executeTakeFirst();
    return `${base}/waves/${wave?.id ?? '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d'}${suffix}`;
  };

const managersOfWave = { admin: 200, analyst: 200, managerA: 200, staffA1: 403, managerB: 404 };
const invitedOnly = { admin: 404, analyst: 404, managerA: 200, staffA1: 200, managerB: 404 };
const resultReaders = { admin: 200, analyst: 200, managerA: 200, staffA1: 200, managerB: 404 };
const dialogueWriters = { admin: 403, analyst: 403, managerA: 200, staffA1: 403, managerB: 404 };
const analystsOnly = { admin: 200, analyst: 200, managerA: 403, staffA1: 403, managerB: 403 };

const customInstrument = {
  definition: {
    key: 'lunchPulse',
    version: 1,
    names: { sv: 'Lunchpuls', nb: 'Lunsjpuls', da: 'Frokostpuls', en: 'Lunch pulse' },
    items: [
      {
        key: 'enough',
        kind: 'scale',
        text: {
          sv: 'Hinner du äta?',
          nb: 'Rekker du å spise?',
          da: 'Når du at spise?',
          en: 'Do you have time to eat?',
        },
      },
    ],
  },
};

export const barometerRoleCases: RoleCase[] = [
  {
    op: `GET ${base}/settings`,
    what: 'read the anonymity thresholds',
    url: () => `${base}/settings`,
    expect: everyone(200),
  },
  {
    op: `PUT ${base}/settings`,
    what: 'raise the anonymity thresholds',
    url: () => `${base}/settings`,
    body: () => ({ minGroup: 6, minComments: 6 }),
    expect: adminOnly,
  },
  { op: `GET ${base}/instruments`, what: 'list instruments', url: () => `${base}/instruments`, expect: everyone(200) },
  {
    op: `POST ${base}/instruments`,
    what: 'add a custom question set',
    url: () => `${base}/instruments`,
    body: () => customInstrument,
    expect: analystsOnly,
  },
  {
    op: `GET ${base}/instruments/{key}/{version}`,
    what: 'read the HME definition',
    url: () => `${base}/instruments/hme/1`,
    expect: everyone(200),
  },
  { op: `GET ${base}/waves`, what: 'list waves', url: () => `${base}/waves`, expect: everyone(200) },
  {
    op: `POST ${base}/waves`,
    what: 'start a wave for the whole organisation',
    url: () => `${base}/waves`,
    body: () => ({
      title: 'Hela kommunen',
      instruments: [{ key: 'hme' }],
      scopeUnitId: null,
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 8 * 86_400_000).toISOString(),
    }),
    expect: analystsOnly,
  },
  {
    op: `POST ${base}/waves`,
    what: 'start a pulse for deptA',
    url: () => `${base}/waves`,
    body: (s) => ({
      title: 'Puls A',
      instruments: [{ key: 'hme' }],
      scopeUnitId: s.units.deptA,
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 8 * 86_400_000).toISOString(),
    }),
    expect: { admin: 200, analyst: 200, managerA: 200, staffA1: 403, managerB: 403 },
  },
  {
    op: `GET ${base}/waves/{id}`,
    what: 'open the open pulse of deptA',
    prepare: prepareWave('open'),
    url: waveUrl(),
    expect: { admin: 200, analyst: 200, managerA: 200, staffA1: 200, managerB: 404 },
  },
  {
    op: `POST ${base}/waves/{id}/open`,
    what: 'open the drafted pulse of deptA now',
    prepare: prepareWave('draft'),
    url: waveUrl('/open'),
    expect: { admin: 200, analyst: 200, managerA: 200, staffA1: 404, managerB: 404 },
  },
  {
    op: `POST ${base}/waves/{id}/close`,
    what: 'close the pulse of deptA now',
    prepare: prepareWave('open'),
    url: waveUrl('/close'),
    expect: managersOfWave,
  },
  {
    op: `PUT ${base}/waves/{id}/anonymity`,
    what: 'raise the pulse’s thresholds',
    prepare: prepareWave('open'),
    url: waveUrl('/anonymity'),
    body: () => ({ minGroup: 7, minComments: 7 }),
    expect: managersOfWave,
  },
  {
    op: `GET ${base}/waves/{id}/form`,
    what: 'open the answer form',
    prepare: prepareWave('open'),
    url: waveUrl('/form'),
    expect: invitedOnly,
  },
  {
    op: `POST ${base}/waves/{id}/responses`,
    what: 'answer the pulse',
    prepare: prepareWave('open'),
    url: waveUrl('/responses'),
    body: () => ({ answers: [{ itemKey: 'hme.motivationMeaning', value: 4 }] }),
    expect: invitedOnly,
  },
  ...(['heatmap', 'items', 'coordination', 'chain', 'hme.csv'] as const).map((view): RoleCase => ({
    op: `GET ${base}/waves/{id}/${view}`,
    what: `read the closed pulse’s ${view}`,
    prepare: prepareWave('closed'),
    url: waveUrl(`/${view}`),
    expect: resultReaders,
  })),
  {
    op: `GET ${base}/units/{unitId}/trend`,
    what: 'read unitA1’s trend',
    prepare: prepareWave('closed'),
    url: (s) => `${base}/units/${s.units.unitA1}/trend?instrument=hme`,
    expect: resultReaders,
  },
  {
    op: `GET ${base}/waves/{id}/units/{unitId}/dialogue`,
    what: 'read unitA1’s dialogue',
    prepare: prepareWave('closed'),
    url: async (s, db) => `${await waveUrl()(s, db)}/units/${s.units.unitA1}/dialogue`,
    expect: resultReaders,
  },
  {
    op: `PUT ${base}/waves/{id}/units/{unitId}/dialogue`,
    what: 'write unitA1’s dialogue',
    prepare: prepareWave('closed'),
    url: async (s, db) => `${await waveUrl()(s, db)}/units/${s.units.unitA1}/dialogue`,
    body: () => ({ seen: 'Vi ser att stödet brister.', willDo: 'Vi bokar ett möte.', actions: [] }),
    expect: dialogueWriters,
  },
  {
    op: `POST ${base}/waves/{id}/units/{unitId}/dialogue/obstacles`,
    what: 'raise an obstacle from unitA1’s dialogue',
    prepare: prepareWave('closed'),
    url: async (s, db) => `${await waveUrl()(s, db)}/units/${s.units.unitA1}/dialogue/obstacles`,
    body: () => ({ text: 'Schemat lämnar ingen tid för handledning.' }),
    expect: dialogueWriters,
  },
];

/** Operations listed here must each have at least one role case. */
export const barometerOperations = Object.keys(barometerAnonymous);
