// One virtual user of the load benchmark: signed in, then clicking through Tillit until the time is
// up. Mostly reads (every page loads /me; home, notifications, the chain, a unit, a search, the
// signals board and a signal); some writes: staff mark notifications read, raise signals and say
// "me too"; managers also answer signals, edit their unit and add and end memberships.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { signalDetailSchema, signalListSchema, type SignalDetail } from '../../common/signals/signals.js';
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
  /** Signals this user saw on the board, to open and confirm. */
  seenSignalIds: string[];
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
    seenSignalIds: [],
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

const obstacles = [
  'Skrivaren på avdelingen har varit trasig i två veckor och vi går till huset bredvid.',
  'Dubbeldokumentation: samma avvikelse ska skrivas både i journalen och i kvalitetssystemet.',
  'Bemanningsschemat kommer för sent för att vi ska kunna planera semesterveckorna.',
  'Vi saknar ett rum för enskilda samtal när båda mötesrummen är bokade.',
];

const readBoard: Action = async (ctx, vu) => {
  const response = await call(ctx, vu, 'GET /signals?unitId=', 'GET', `/api/v1/signals?unitId=${vu.homeUnitId}`);
  if (response) vu.seenSignalIds = signalListSchema.parse(response.body).items.map((s) => s.id);
};

const openSignal: Action = async (ctx, vu) => {
  if (vu.seenSignalIds.length === 0) return readBoard(ctx, vu);
  await call(ctx, vu, 'GET /signals/:id', 'GET', `/api/v1/signals/${pick(vu.seenSignalIds)}`);
};

const raiseSignal: Action = async (ctx, vu) => {
  await call(ctx, vu, 'POST /signals', 'POST', '/api/v1/signals', {
    unitId: vu.homeUnitId,
    text: pick(obstacles),
    minutesPerWeek: 30,
    idempotencyKey: randomUUID(),
  });
};

const meToo: Action = async (ctx, vu) => {
  if (vu.seenSignalIds.length === 0) return readBoard(ctx, vu);
  // Only where the page offers it: not on one's own signal, nor one already confirmed.
  const response = await call(ctx, vu, 'GET /signals/:id', 'GET', `/api/v1/signals/${pick(vu.seenSignalIds)}`);
  const signal: SignalDetail | undefined = response ? signalDetailSchema.parse(response.body) : undefined;
  if (!signal?.can.meToo || signal.meToo.mine) return;
  await call(ctx, vu, 'PUT /signals/:id/me-too', 'PUT', `/api/v1/signals/${signal.id}/me-too`, {
    minutesPerWeek: 15,
  });
};

/** Managers take on the oldest signal waiting for them, planned a fortnight ahead. */
const answerSignal: Action = async (ctx, vu) => {
  const waiting = await call(ctx, vu, 'GET /signals?waiting=mine', 'GET', '/api/v1/signals?waiting=mine&sort=oldest');
  const first = waiting ? signalListSchema.parse(waiting.body).items[0] : undefined;
  if (!first) return;
  const plannedBy = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await call(ctx, vu, 'POST /signals/:id/answers', 'POST', `/api/v1/signals/${first.id}/answers`, {
    type: 'take',
    text: 'Vi tar det här på nästa arbetsplatsträff och återkommer med en plan.',
    plannedBy,
  });
};

const reads: Array<[Action, number]> = [
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /me', 'GET', '/api/v1/me')), 25],
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /home/needs-me', 'GET', '/api/v1/home/needs-me')), 15],
  [readNotifications, 15],
  [async (ctx, vu) => void (await call(ctx, vu, 'GET /units', 'GET', '/api/v1/units')), 8],
  [openUnit, 17],
  [search, 10],
  [readBoard, 8],
  [openSignal, 6],
];

/** Staff: reads and marking notifications read. Managers also edit their unit and its members. */
const mixes: Record<BenchUser['kind'], Array<[Action, number]>> = {
  staff: [...reads, [markRead, 5], [raiseSignal, 2], [meToo, 2]],
  manager: [...reads, [markRead, 3], [editUnit, 8], [addMember, 5], [endMember, 4], [answerSignal, 4]],
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
