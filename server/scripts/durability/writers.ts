// The clients of a durability run: each is a signed-in manager who, one request after another,
// creates units and people in the units they manage, edits descriptions, and adds and ends
// memberships, writing down every answer in the ledger. A writer stops when the server is gone.
import { randomBytes } from 'node:crypto';
import { meSchema } from '../../../common/platform/auth.js';
import { personDetailSchema } from '../../../common/org/people.js';
import { unitDetailSchema } from '../../../common/org/units.js';
import type { HttpClient, HttpMethod, HttpResponse, HttpSession } from '../../test-support/http-client.js';
import { signInOverHttp } from '../../test-support/http-client.js';
import { describedRevision, type Ledger, type Unanswered, type WriteKind } from './ledger.js';
import type { Random } from './random.js';

export interface Writer {
  index: number;
  email: string;
  session: HttpSession;
  /** Units this writer's account manages; what it creates goes below them. */
  managedRoots: string[];
  /** Units and people this writer created and had acknowledged. */
  units: string[];
  people: string[];
  /** person|unit pairs whose membership add was never answered: whether it exists is unknown. */
  uncertainPairs: Set<string>;
  sequence: number;
}

export async function signInWriter(client: HttpClient, index: number, email: string, password: string) {
  const session = await signInOverHttp(client, email, password);
  const me = meSchema.parse((await client.request('GET', '/api/v1/me', { session })).body);
  const managedRoots = me.memberships.filter((m) => m.role === 'manager').map((m) => m.unitId);
  if (managedRoots.length === 0) throw new Error(`${email} manages no unit, so it cannot write in this run`);
  const writer: Writer = {
    index,
    email,
    session,
    managedRoots,
    units: [],
    people: [],
    uncertainPairs: new Set(),
    sequence: 0,
  };
  return writer;
}

interface WriterContext {
  writer: Writer;
  client: HttpClient;
  ledger: Ledger;
  random: Random;
  failures: string[];
}

/** Writes until shouldStop() says so or the server stops answering. */
export async function runWriter(
  writer: Writer,
  client: HttpClient,
  ledger: Ledger,
  random: Random,
  shouldStop: () => boolean,
): Promise<string[]> {
  const ctx: WriterContext = { writer, client, ledger, random, failures: [] };
  while (!shouldStop()) {
    const outcome = await writeOnce(ctx);
    // A handful of rejections is enough to report; a writer that keeps being refused stops.
    if (outcome === 'server-gone' || outcome === 'session-lost' || ctx.failures.length >= 5) break;
  }
  return ctx.failures;
}

type Outcome = 'ok' | 'rejected' | 'server-gone' | 'session-lost';

async function writeOnce(ctx: WriterContext): Promise<Outcome> {
  const { writer, random } = ctx;
  const activeMemberships = [...ctx.ledger.memberships.values()].filter(
    (m) => m.end === 'none' && writer.people.includes(m.personId),
  );
  const roll = random.next();
  if (writer.units.length === 0 || roll < 0.2) return createUnit(ctx);
  if (roll < 0.5) return editDescription(ctx);
  if (roll < 0.7 || writer.people.length === 0) return createPerson(ctx);
  if (roll < 0.85 || activeMemberships.length === 0) return addMembership(ctx);
  return endMembership(ctx, random.pick(activeMemberships).id);
}

/** Sends one write; a network error means the server died with the write unanswered. */
async function send(
  ctx: WriterContext,
  kind: WriteKind,
  unanswered: Unanswered,
  method: HttpMethod,
  path: string,
  json?: object,
): Promise<HttpResponse | Outcome> {
  let response: HttpResponse;
  try {
    response = await ctx.client.request(method, path, { session: ctx.writer.session, json });
  } catch {
    ctx.ledger.unanswered.push(unanswered);
    return 'server-gone';
  }
  if (response.status >= 200 && response.status < 300) {
    ctx.ledger.acknowledged[kind] += 1;
    return response;
  }
  ctx.failures.push(
    `writer ${ctx.writer.index} (${ctx.writer.email}): ${kind} ${method} ${path} answered ${response.status} ` +
      JSON.stringify(response.body).slice(0, 300),
  );
  // A session acknowledged at sign-in that is gone after a restart is itself a lost write.
  return response.status === 401 ? 'session-lost' : 'rejected';
}

function nextName(ctx: WriterContext): string {
  ctx.writer.sequence += 1;
  return `${ctx.writer.index}-${ctx.writer.sequence}-${randomBytes(3).toString('hex')}`;
}

async function createUnit(ctx: WriterContext): Promise<Outcome> {
  const { writer, random } = ctx;
  const parentId = random.pick([...writer.managedRoots, ...writer.units]);
  const code = `DUR-${nextName(ctx)}`.toUpperCase();
  const body = { parentId, code, name: `Arbetslag ${code}`, kind: 'team', description: '' };
  const response = await send(ctx, 'createUnit', { kind: 'createUnit', code }, 'POST', '/api/v1/units', body);
  if (typeof response === 'string') return response;
  const unit = unitDetailSchema.parse(response.body);
  writer.units.push(unit.id);
  ctx.ledger.units.set(unit.id, {
    id: unit.id,
    code,
    parentId,
    revisionAcknowledged: 0,
    revisionSent: 0,
    editsAcknowledged: 0,
  });
  return 'ok';
}

async function editDescription(ctx: WriterContext): Promise<Outcome> {
  const unit = ctx.ledger.units.get(ctx.random.pick(ctx.writer.units));
  if (!unit) throw new Error('a unit of this writer is missing from the ledger');
  unit.revisionSent += 1;
  const revision = unit.revisionSent;
  const response = await send(
    ctx,
    'editDescription',
    { kind: 'editDescription', unitId: unit.id, revision },
    'PATCH',
    `/api/v1/units/${unit.id}`,
    { description: describedRevision(revision, ctx.writer.index) },
  );
  if (typeof response === 'string') return response;
  unit.revisionAcknowledged = Math.max(unit.revisionAcknowledged, revision);
  unit.editsAcknowledged += 1;
  return 'ok';
}

async function createPerson(ctx: WriterContext): Promise<Outcome> {
  const { writer, random } = ctx;
  const name = nextName(ctx);
  const email = `dur-${name}@durability.example`;
  const unitId = random.pick([...writer.managedRoots, ...writer.units]);
  const body = { name: `Testperson ${name}`, email, title: 'Undersköterska', unitId, role: 'staff' };
  const response = await send(ctx, 'createPerson', { kind: 'createPerson', email }, 'POST', '/api/v1/people', body);
  if (typeof response === 'string') return response;
  const person = personDetailSchema.parse(response.body);
  writer.people.push(person.id);
  ctx.ledger.people.set(person.id, { id: person.id, email });
  for (const m of person.memberships) {
    if (m.role === 'staff' && m.endedAt === null) {
      const membership = { id: m.id, personId: person.id, unitId: m.unitId, role: 'staff', end: 'none' } as const;
      ctx.ledger.memberships.set(m.id, { ...membership, addedBy: 'createPerson' });
    }
  }
  return 'ok';
}

async function addMembership(ctx: WriterContext): Promise<Outcome> {
  const { writer, random, ledger } = ctx;
  const personId = random.pick(writer.people);
  const taken = new Set(
    [...ledger.memberships.values()]
      .filter((m) => m.personId === personId && m.end !== 'acknowledged')
      .map((m) => m.unitId),
  );
  const candidates = [...writer.managedRoots, ...writer.units].filter(
    (unitId) => !taken.has(unitId) && !writer.uncertainPairs.has(`${personId}|${unitId}`),
  );
  if (candidates.length === 0) return createUnit(ctx);
  const unitId = random.pick(candidates);
  const response = await send(
    ctx,
    'addMembership',
    { kind: 'addMembership', personId, unitId },
    'POST',
    `/api/v1/people/${personId}/memberships`,
    { unitId, role: 'staff' },
  );
  if (response === 'server-gone') writer.uncertainPairs.add(`${personId}|${unitId}`);
  if (typeof response === 'string') return response;
  const added = personDetailSchema
    .parse(response.body)
    .memberships.find((m) => m.unitId === unitId && m.role === 'staff' && m.endedAt === null);
  if (!added) throw new Error(`the answer to adding ${personId} to ${unitId} lacks the membership`);
  ledger.memberships.set(added.id, {
    id: added.id,
    personId,
    unitId,
    role: 'staff',
    addedBy: 'addMembership',
    end: 'none',
  });
  return 'ok';
}

async function endMembership(ctx: WriterContext, membershipId: string): Promise<Outcome> {
  const membership = ctx.ledger.memberships.get(membershipId);
  if (!membership) throw new Error('a membership of this writer is missing from the ledger');
  membership.end = 'sent';
  const response = await send(
    ctx,
    'endMembership',
    { kind: 'endMembership', membershipId },
    'POST',
    `/api/v1/people/${membership.personId}/memberships/${membershipId}/end`,
  );
  if (typeof response === 'string') return response;
  membership.end = 'acknowledged';
  return 'ok';
}
