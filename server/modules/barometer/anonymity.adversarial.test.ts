// The adversary's test. Seeded random organisations (depth 1-6), random memberships (some people
// in two units, some managers), random answers with skipped items, k from 3 to 6. The wave is
// opened, answered and closed through the real services on SQLite. Then we collect every figure
// the results show to several viewers (heatmap from every unit they may start at, distributions,
// the chain map, the HME export), pool them as if the viewers colluded, and try every subtraction:
// the atoms of the pooled groups (people grouped by which shown groups contain them) are exactly
// what set arithmetic can isolate, and none may hold 1..k-1 people. We check against the truth we
// generated, not against the algorithm's own bookkeeping.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { visibleNodes } from '../../../common/barometer/anonymity.js';
import { builtInInstruments } from '../../../common/barometer/instruments/index.js';
import {
  chainMetric,
  commentsMetric,
  contributions,
  dimensionMetric,
  itemMetric,
  respondentsMetric,
  totalMetric,
  type StoredAnswer,
} from '../../../common/barometer/metrics.js';
import { atomSizes, randomInt, randomTree, seededRandom } from '../../../common/barometer/test-random.js';
import { openTestDatabase } from '../../test-support/databases.js';
import { submitResponse } from './answer-service.js';
import { addPeople, closeNow, contextFor, openWaveAs } from './barometer-test-support.js';
import { hmeCsv } from './hme-export.js';
import { writeSettings } from './repo.js';
import { chainMap, heatmap, itemsResult } from './results-service.js';
import { askedItems } from './form.js';

const instrumentKeys = ['socialCapital', 'hme', 'trustChain', 'roomForAction'];
const instruments = builtInInstruments.filter((i) => instrumentKeys.includes(i.key));

interface Shown {
  metric: string;
  unitId: string;
  n: number;
}

async function scenario(seed: number) {
  const random = seededRandom(seed);
  const database = await openTestDatabase({ name: 'sqlite', url: 'sqlite::memory:' });
  const { db } = database;
  const now = new Date().toISOString();
  await db
    .insertInto('organisation')
    .values({ id: randomUUID(), name: 'Slumpby', default_locale: 'sv', created_at: now })
    .execute();
  const { nodes } = randomTree(random, randomInt(random, 1, 6), 4);
  const unitId = new Map<string, string>();
  for (const node of nodes) {
    const id = randomUUID();
    unitId.set(node.id, id);
    await db
      .insertInto('units')
      .values({
        id,
        parent_id: node.parentId ? (unitId.get(node.parentId) ?? null) : null,
        code: node.id,
        name: `Enhet ${node.id}`,
        kind: 'unit',
        description: '',
        active: 1,
        created_at: now,
        updated_at: now,
        deactivated_at: null,
      })
      .execute();
  }
  const units = [...unitId.values()];
  const pick = () => units[randomInt(random, 0, units.length - 1)] ?? '';
  const [analyst] = await addPeople(db, pick(), 1);
  if (!analyst) throw new Error('no analyst');
  await db.insertInto('person_roles').values({ person_id: analyst, role: 'analyst', granted_at: now }).execute();
  const people = randomInt(random, 5, units.length * 6);
  const managers: string[] = [];
  for (let i = 0; i < people; i += 1) {
    const manager = random() < 0.12;
    const home = pick();
    const [id] = await addPeople(db, home, 1, manager ? 'manager' : 'staff');
    if (!id) continue;
    if (manager) managers.push(id);
    // Some people belong to a second unit.
    const second = pick();
    if (random() < 0.15 && second !== home)
      await db
        .insertInto('memberships')
        .values({ id: randomUUID(), person_id: id, unit_id: second, role: 'staff', started_at: now, ended_at: null })
        .execute();
  }
  const k = randomInt(random, 3, 6);
  await writeSettings(db, k, k);
  const wave = await openWaveAs(db, analyst, { instruments: instrumentKeys.map((key) => ({ key })) });

  // Answer as the truth we keep: who is where, and which metrics each response feeds.
  const placed = await db
    .selectFrom('barometer_participation')
    .select(['person_id', 'unit_id', 'is_manager'])
    .execute();
  const truth: { person: string; unit: string; metrics: Set<string> }[] = [];
  for (const p of placed) {
    if (random() > 0.75) continue;
    const asked = askedItems(instruments, { isManager: p.is_manager === 1, unitId: p.unit_id }, []);
    const answers: StoredAnswer[] = [];
    const managersOnly: StoredAnswer[] = [];
    for (const a of asked) {
      if (a.item.kind === 'text' || random() < 0.2) continue;
      const max = a.item.kind === 'choice' ? a.item.choices.length : a.item.scaleMax;
      const answer = { itemKey: a.key, targetUnitId: null, value: randomInt(random, 1, max) };
      answers.push(answer);
      if (a.item.audience === 'managers') managersOnly.push(answer);
    }
    const comment = random() < 0.5;
    await submitResponse(await contextFor(db, p.person_id), wave.id, {
      answers,
      comments: comment ? [{ itemKey: 'roomForAction.wastedWhat', text: 'Dubbeldokumentation.' }] : [],
    });
    const everyone = answers.filter((a) => !managersOnly.includes(a));
    const metrics = new Set([
      ...contributions(instruments, 'all', everyone).map((c) => c.metric),
      ...contributions(instruments, 'managers', managersOnly).map((c) => c.metric),
      ...(comment ? [commentsMetric] : []),
    ]);
    truth.push({ person: p.person_id, unit: p.unit_id, metrics });
  }
  await closeNow(db, wave.id);
  const tree = await db
    .selectFrom('barometer_wave_units')
    .select(['unit_id', 'parent_id'])
    .where('wave_id', '=', wave.id)
    .execute();
  return { database, db, wave, k, analyst, managers, truth, tree, people: placed.map((p) => p.person_id) };
}

/** Every figure with a group size that one viewer can read. */
async function figuresFor(db: Awaited<ReturnType<typeof scenario>>['db'], personId: string, waveId: string) {
  const ctx = await contextFor(db, personId);
  const shown: Shown[] = [];
  let starts: string[] = [];
  try {
    const top = await heatmap(ctx, waveId);
    starts = top.rows.map((r) => r.unit.id);
  } catch {
    return shown; // sees nothing of this wave
  }
  for (const start of starts) {
    const map = await heatmap(ctx, waveId, start);
    for (const row of [...map.rows, map.organisation]) {
      if (!row.participation.suppressed)
        shown.push({ metric: respondentsMetric, unitId: row.unit.id, n: row.participation.answered });
      map.columns.forEach((column, i) => {
        const cell = row.cells[i];
        const [instrument = '', key = ''] = column.key.split('.');
        const metric =
          instruments.find((x) => x.key === instrument)?.totalIndex?.key === key
            ? totalMetric(instrument)
            : dimensionMetric(instrument, key);
        if (cell && !cell.suppressed) shown.push({ metric, unitId: row.unit.id, n: cell.n });
      });
    }
    const items = await itemsResult(ctx, waveId, start);
    // Comments are counted by reading them: the number shown is a group size too.
    if (!items.comments.suppressed)
      shown.push({ metric: commentsMetric, unitId: start, n: items.comments.items.length });
    for (const item of items.items) {
      const [instrument = '', key = ''] = item.key.split('.');
      if (!item.unit.suppressed)
        shown.push({ metric: itemMetric(instrument, key), unitId: items.unit.id, n: item.unit.n });
    }
    const chain = await chainMap(ctx, waveId, start);
    for (const link of chain.links)
      for (const [direction, cell] of [
        ['up', link.up],
        ['down', link.down],
      ] as const)
        if (!cell.suppressed)
          shown.push({ metric: chainMetric('trustChain', link.level, direction), unitId: start, n: cell.n });
  }
  const csv = await hmeCsv(ctx, waveId);
  const codeToUnit = new Map(
    (
      await db.selectFrom('barometer_wave_units').select(['unit_id', 'code']).where('wave_id', '=', waveId).execute()
    ).map((u) => [u.code, u.unit_id]),
  );
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .slice(1)) {
    const [code = '', , respondents = ''] = line.split(';');
    if (respondents !== '')
      shown.push({ metric: totalMetric('hme'), unitId: codeToUnit.get(code) ?? '', n: Number(respondents) });
  }
  return shown;
}

describe('adversarial: pooled figures of several viewers never isolate fewer than k people', () => {
  let naiveWouldLeak = false;
  for (let seed = 1; seed <= 12; seed += 1) {
    it(`random organisation ${seed}`, async () => {
      const { database, db, wave, k, analyst, managers, truth, tree, people } = await scenario(seed);
      try {
        const viewers = [analyst, ...managers.slice(0, 3), ...people.slice(0, 3)];
        const shown: Shown[] = [];
        for (const viewer of viewers) shown.push(...(await figuresFor(db, viewer, wave.id)));
        const parent = new Map(tree.map((t) => [t.unit_id, t.parent_id]));
        const inSubtree = (unit: string, top: string) => {
          for (let at: string | null = unit; at !== null; at = parent.get(at) ?? null) if (at === top) return true;
          return false;
        };
        const nodes = tree.map((t) => ({ id: t.unit_id, parentId: t.parent_id }));
        const byMetric = new Map<string, Shown[]>();
        for (const figure of shown) byMetric.set(figure.metric, [...(byMetric.get(figure.metric) ?? []), figure]);
        for (const [metric, figures] of byMetric) {
          const contributors = truth.filter((t) => t.metrics.has(metric));
          // The figures are true: the n shown is the number of people in that subtree.
          for (const f of figures)
            expect(f.n, `${metric} at ${f.unitId}`).toBe(
              contributors.filter((c) => inSubtree(c.unit, f.unitId)).length,
            );
          const visible = new Set(figures.map((f) => f.unitId));
          for (const size of atomSizes(
            nodes,
            contributors.map((c) => c.unit),
            visible,
          ))
            expect(size, `${metric}: an isolable group`).toBeGreaterThanOrEqual(k);
          // The naive rule (hide only groups below k) would have leaked somewhere: the test has teeth.
          const direct = new Map<string, number>();
          for (const c of contributors) direct.set(c.unit, (direct.get(c.unit) ?? 0) + 1);
          const naive = new Set(
            [...visibleNodes(nodes, direct, 1)].filter(
              (id) => contributors.filter((c) => inSubtree(c.unit, id)).length >= k,
            ),
          );
          if (
            atomSizes(
              nodes,
              contributors.map((c) => c.unit),
              naive,
            ).some((size) => size < k)
          )
            naiveWouldLeak = true;
        }
        expect(shown.length).toBeGreaterThan(0);
      } finally {
        await database.close();
      }
    }, 60_000);
  }
  it('found cases where hiding small groups alone would have leaked', () => {
    expect(naiveWouldLeak).toBe(true);
  });
});
