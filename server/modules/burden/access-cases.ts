// Who may call the burden routes: the anonymous outcome of each operation and the (operation, role)
// pairs, run by server/platform/access-matrix.test.ts. The prepared demand is owned by deptA (which
// managerA leads) and performed by everyone in unitA1 and below (staffA1); the foreign one is
// owned by deptB (managerB) and performed in unitB1.
import type { Database } from '../../db/schema.js';
import {
  adminOnly,
  everyone,
  signedInOnly,
  type AnonymousCase,
  type RoleCase,
} from '../../test-support/access-matrix.js';
import { burdenCsvColumns } from '../../../common/burden/csv-format.js';
import { seedDemand, seedRoundWithProposal } from './burden-test-support.js';

const base = '/api/v1/burden';
export const burdenAnonymous: Record<string, AnonymousCase> = Object.fromEntries(
  [
    'GET /demands',
    'POST /demands',
    'GET /demands/export',
    'POST /demands/import',
    'GET /demands/{id}',
    'PUT /demands/{id}',
    'POST /demands/{id}/remove',
    'PUT /demands/{id}/assessment',
    'GET /to-assess',
    'GET /rounds',
    'POST /rounds',
    'GET /rounds/{id}',
    'POST /rounds/{id}/close',
    'POST /rounds/{id}/proposals',
    'POST /proposals/{id}/decision',
    'GET /overview',
    'GET /settings',
    'PUT /settings',
  ].map((op) => {
    const [method = '', path = ''] = op.split(' ');
    return [`${method} ${base}${path}`, signedInOnly];
  }),
);

/** The module's tables, children first, cleared before each access-matrix case. */
export const burdenTables: (keyof Database)[] = [
  'burden_snapshots',
  'burden_proposals',
  'burden_assessments',
  'burden_round_demands',
  'burden_rounds',
  'burden_demand_performers',
  'burden_demands',
];

const demandId = '7a3e1b52-2c4d-4e6f-8a9b-0c1d2e3f4a5b';
const foreignId = '8b4f2c63-3d5e-4f70-9bac-1d2e3f4a5b6c';
const roundId = '9c5a3d74-4e6f-4081-8cbd-2e3f4a5b6c7d';
const proposalId = 'ad6b4e85-5f70-4192-9dce-3f4a5b6c7d8e';

const managerAOnly = { admin: 200, analyst: 403, managerA: 200, staffA1: 403, managerB: 403 };
const managerBOnly = { admin: 200, analyst: 403, managerA: 403, staffA1: 403, managerB: 200 };

const demand = (s: Parameters<typeof seedDemand>[1], ownerUnitId: string) => ({
  title: 'Avvikelserapportering i verksamhetssystemet',
  kind: 'reporting',
  ownerUnitId,
  origin: 'organisation',
  frequencyUnit: 'week',
  frequencyCount: 2,
  minutes: 15,
  performers: [{ unitId: ownerUnitId === s.units.deptA ? s.units.unitA1 : s.units.unitB1, role: 'staff' }],
});

const csv = (code: string) => {
  const values: Partial<Record<(typeof burdenCsvColumns)[number], string>> = {
    title: 'Månadsrapport sjukfrånvaro',
    kind: 'reporting',
    owner_unit_code: code,
    origin: 'organisation',
    frequency_unit: 'month',
    frequency_count: '1',
    minutes: '30',
  };
  return [burdenCsvColumns.join(';'), burdenCsvColumns.map((c) => values[c] ?? '').join(';')].join('\n');
};

export const burdenRoleCases: RoleCase[] = [
  { op: `GET ${base}/demands`, what: 'browse the inventory', url: () => `${base}/demands`, expect: everyone(200) },
  {
    op: `POST ${base}/demands`,
    what: 'register a demand owned by deptA',
    url: () => `${base}/demands`,
    body: (s) => demand(s, s.units.deptA),
    expect: managerAOnly,
  },
  {
    op: `POST ${base}/demands`,
    what: 'register a demand owned by deptB (foreign to managerA)',
    url: () => `${base}/demands`,
    body: (s) => demand(s, s.units.deptB),
    expect: managerBOnly,
  },
  {
    op: `GET ${base}/demands/export`,
    what: 'export the inventory',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/demands/export`,
    expect: everyone(200),
  },
  {
    op: `POST ${base}/demands/import`,
    what: 'import demands from CSV',
    url: () => `${base}/demands/import?mode=dry-run`,
    body: () => csv('A'),
    headers: { 'content-type': 'text/csv' },
    expect: adminOnly,
  },
  {
    op: `GET ${base}/demands/{id}`,
    what: 'open a demand',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/demands/${demandId}`,
    expect: everyone(200),
  },
  {
    op: `PUT ${base}/demands/{id}`,
    what: 'edit deptA’s demand',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/demands/${demandId}`,
    body: (s) => ({ ...demand(s, s.units.deptA), version: 1 }),
    expect: managerAOnly,
  },
  {
    op: `PUT ${base}/demands/{id}`,
    what: 'edit deptB’s demand (foreign to managerA)',
    prepare: (s, db) => seedDemand(db, s, s.units.deptB, foreignId).then(() => undefined),
    url: () => `${base}/demands/${foreignId}`,
    body: (s) => ({ ...demand(s, s.units.deptB), version: 1 }),
    expect: managerBOnly,
  },
  {
    op: `POST ${base}/demands/{id}/remove`,
    what: 'remove deptA’s demand',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/demands/${demandId}/remove`,
    body: () => ({ version: 1 }),
    expect: managerAOnly,
  },
  {
    op: `PUT ${base}/demands/{id}/assessment`,
    what: 'assess a demand unitA1 performs',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/demands/${demandId}/assessment`,
    body: () => ({ usefulness: 2, noticed: 'no', minutes: 25 }),
    expect: { admin: 403, analyst: 403, managerA: 403, staffA1: 200, managerB: 403 },
  },
  {
    op: `PUT ${base}/demands/{id}/assessment`,
    what: 'assess a demand unitB1 performs (foreign to staffA1)',
    prepare: (s, db) => seedDemand(db, s, s.units.deptB, foreignId).then(() => undefined),
    url: () => `${base}/demands/${foreignId}/assessment`,
    body: () => ({ usefulness: 2, noticed: 'no' }),
    expect: everyone(403),
  },
  {
    op: `GET ${base}/to-assess`,
    what: 'list my demands to assess',
    url: () => `${base}/to-assess`,
    expect: everyone(200),
  },
  { op: `GET ${base}/rounds`, what: 'list clean-up rounds', url: () => `${base}/rounds`, expect: everyone(200) },
  {
    op: `POST ${base}/rounds`,
    what: 'open a round for deptA',
    prepare: (s, db) => seedDemand(db, s, s.units.deptA, demandId).then(() => undefined),
    url: () => `${base}/rounds`,
    body: (s) => ({
      title: 'Vårens rensning',
      scopeUnitId: s.units.deptA,
      opensOn: '2027-03-01',
      closesOn: '2027-03-31',
    }),
    expect: managerAOnly,
  },
  {
    op: `GET ${base}/rounds/{id}`,
    what: 'read a round’s report',
    prepare: async (s, db) => {
      await seedDemand(db, s, s.units.deptA, demandId);
      await seedRoundWithProposal(db, s, demandId, roundId, proposalId);
    },
    url: () => `${base}/rounds/${roundId}`,
    expect: everyone(200),
  },
  {
    op: `POST ${base}/rounds/{id}/close`,
    what: 'close deptA’s round',
    prepare: async (s, db) => {
      await seedDemand(db, s, s.units.deptA, demandId);
      await seedRoundWithProposal(db, s, demandId, roundId, proposalId);
    },
    url: () => `${base}/rounds/${roundId}/close`,
    expect: managerAOnly,
  },
  {
    op: `POST ${base}/rounds/{id}/proposals`,
    what: 'propose to simplify deptA’s demand',
    prepare: async (s, db) => {
      await seedDemand(db, s, s.units.deptA, demandId);
      await seedRoundWithProposal(db, s, demandId, roundId, proposalId);
    },
    url: () => `${base}/rounds/${roundId}/proposals`,
    body: () => ({ action: 'simplify', demandId, newMinutes: 10, rationale: 'Det räcker med kortare.' }),
    expect: managerAOnly,
  },
  {
    op: `POST ${base}/proposals/{id}/decision`,
    what: 'decide on a proposal for deptA’s demand',
    prepare: async (s, db) => {
      await seedDemand(db, s, s.units.deptA, demandId);
      await seedRoundWithProposal(db, s, demandId, roundId, proposalId);
    },
    url: () => `${base}/proposals/${proposalId}/decision`,
    body: () => ({ decision: 'approved', rationale: 'Vi behåller den.' }),
    expect: managerAOnly,
  },
  { op: `GET ${base}/overview`, what: 'see the burden overview', url: () => `${base}/overview`, expect: everyone(200) },
  {
    op: `GET ${base}/settings`,
    what: 'read the burden settings',
    url: () => `${base}/settings`,
    expect: everyone(200),
  },
  {
    op: `PUT ${base}/settings`,
    what: 'change hours per FTE and hourly cost',
    url: () => `${base}/settings`,
    body: () => ({ hoursPerFte: 1600, hourlyCost: 450 }),
    expect: adminOnly,
  },
];
