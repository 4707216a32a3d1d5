// One virtual user of the load benchmark: signed in, then clicking through Tillit until the time is
// up. Mostly reads (every page loads /me; home, notifications, the chain, a unit, a search); some
// writes: staff mark notifications read, managers edit their unit and add and end memberships.
import { performance } from 'node:perf_hooks';
import { notificationListSchema } from '../../common/platform/notifications.js';
import { meSchema } from '../../common/platform/auth.js';
import { personDetailSchema, personListSchema } from '../../common/org/people.js';
import type { HttpClient, HttpMethod, HttpResponse, HttpSession } from '../../server/test-support/http-client.js';
import { HttpTimeoutError, signInOverHttp } from '../../server/test-support/http-client.js';
import type { BenchUser } from './prepare.js';
import type { Recorder } from './stats.js';

export interface VirtualUser {
  user: BenchUser;
  session: HttpSession;
  homeUnitId: string;
  /** The unit this user manages, for managers. */
  managedUnitId: string | undefined;
  unreadNotificationIds: string[];
  /** Memberships this user added and has not ended yet. */
  added: Array<{ personId: string; membershipId: string }>;
  edits: number;
}

export interface LoadContext {
  client: HttpClient;
  recorder: Recorder;
  /** Every unit id, for opening unit pages around the organisation. */
  unitIds: readonly string[];
}

const searches = ['an', 'son', 'berg', 'nummer 12', 'lind', 'ma', 'ström', 'nummer 3'];

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export async function signInVirtualUser(client: HttpClient, user: BenchUser, password: string): Promise<VirtualUser> {
  const session = await signInOverHttp(client, user.email, password);
  const me = meSchema.parse((await client.request('GET', '/api/v1/me', { session })).body);
  const home = me.memberships[0];
  if (!home) throw new Error(`${user.email} belongs to no unit`);
  return {
    user,
    session,
    homeUnitId: home.unitId,
    managedUnitId: me.memberships.find((m) => m.role === 'manager')?.unitId,
    unreadNotificationIds: [],
    added: [],
    edits: 0,
  };
}

async function call(
  ctx: LoadContext,
  vu: VirtualUser,
  endpoint: string,
  method: HttpMethod,
  path: string,
  json?: object,
): Promise<HttpResponse | null> {
  const started = performance.now();
  try {
    const response = await ctx.client.request(method, path, { session: vu.session, json });
    ctx.recorder.record(endpoint, response.ms, response.status);
    return response.status >= 200 && response.status < 300 ? response : null;
  } catch (error) {
    ctx.recorder.record(
      endpoint,
      performance.now() - started,
      error instanceof HttpTimeoutError ? 'timeout' : 'network',
    );
    return null;
  }
}

type Action = (ctx: LoadContext, vu: VirtualUser) => Promise<void>;

const readNotifications: Action = async (ctx, vu) => {
  const response = await call(ctx, vu, 'GET /notifications', 'GET', '/api/v1/notifications');
  if (response) {
    vu.unreadNotificationIds = notificationListSchema
      .parse(response.body)
      .items.filter((n) => !n.read)
      .map((n) => n.id);
  }
};

const markRead: Action = async (ctx, vu) => {
  const id = vu.unreadNotificationIds.pop();
  if (id === undefined) return readNotifications(ctx, vu);
  await call(ctx, vu, 'POST /notifications/:id/read', 'POST', `/api/v1/notifications/${id}/read`);
};

const openUnit: Action = async (ctx, vu) => {
  const unitId = Math.random() < 0.5 ? vu.homeUnitId : pick(ctx.unitIds);
  await call(ctx, vu, 'GET /units/:id', 'GET', `/api/v1/units/${unitId}`);
};

const search: Action = async (ctx, vu) => {
  await call(ctx, vu, 'GET /people?q=', 'GET', `/api/v1/people?q=${encodeURIComponent(pick(searches))}`);
};

const editUnit: Action = async (ctx, vu) => {
  if (vu.managedUnitId === undefined) return openUnit(ctx, vu);
  vu.edits += 1;
  const description = `Arbetsplatsträff varje tisdag. Uppdaterad ${vu.edits} gånger under lasttestet.`;
  await call(ctx, vu, 'PATCH /units/:id', 'PATCH', `/api/v1/units/${vu.managedUnitId}`, { description });
};

const addMember: Action = async (ctx, vu) => {
  const unitId = vu.managedUnitId;
  if (unitId === undefined) return search(ctx, vu);
  const query = `nummer ${Math.floor(Math.random() * 500)}`;
  const found = await call(
    ctx,
    vu,
    'GET /people?q=&directory=true',
    'GET',
    `/api/v1/people?directory=true&limit=20&q=${encodeURIComponent(query)}`,
  );
  if (!found) return;
  const candidates = personListSchema.parse(found.body).items.filter((p) => !p.units.some((u) => u.id === unitId));
  if (candidates.length === 0) return;
  const person = pick(candidates);
  const response = await call(
    ctx,
    vu,
    'POST /people/:id/memberships',
    'POST',
    `/api/v1/people/${person.id}/memberships`,
    {
      unitId,
      role: 'staff',
    },
  );
  const added = response
    ? personDetailSchema.parse(response.body).memberships.find((m) => m.unitId === unitId && m.endedAt === null)
    : undefined;
  if (added) vu.added.push({ personId: person.id, membershipId: added.id });
};

const endMember: Action = async (ctx, vu) => {
  const membership = vu.added.shift();
  if (membership === undefined) return addMember(ctx, vu);
  await call(
    ctx,
    vu,
    'POST /people/:id/memberships/:mid/end',
    'POST',
    `/api/v1/people/${membership.personId}/memberships/${membership.membershipId}/end`,
  );
};

const reads: Array<[Action, number]> = [
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /me', 'GET', '/api/v1/me')), 25],
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /home/needs-me', 'GET', '/api/v1/home/needs-me')), 15],
  [readNotifications, 15],
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /units', 'GET', '/api/v1/units')), 8],
  [openUnit, 17],
  [search, 10],
];

/** Staff: reads and marking notifications read. Managers also edit their unit and its members. */
const mixes: Record<BenchUser['kind'], Array<[Action, number]>> = {
  staff: [...reads, [markRead, 5]],
  manager: [...reads, [markRead, 3], [editUnit, 8], [addMember, 5], [endMember, 4]],
};

function chooseAction(kind: BenchUser['kind']): Action {
  const mix = mixes[kind];
  let roll = Math.random() * mix.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [action, weight] of mix) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return mix[0]?.[0] ?? readNotifications;
}

/** Clicks until the deadline, pausing a random 0..2×thinkMs before each click. */
export async function runVirtualUser(ctx: LoadContext, vu: VirtualUser, deadline: number, thinkMs: number) {
  const think = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * thinkMs));
  // Users are mid-way through reading a page when the clock starts, not all clicking at once.
  await think();
  while (Date.now() < deadline) {
    await chooseAction(vu.user.kind)(ctx, vu);
    await think();
  }
}
