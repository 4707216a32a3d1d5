// After a wave closes, can a database reader link a stored answer to the person who gave it?
// Sixty people answer one after another in a known order; each answer's values spell out its
// place in that order, so we can tell which stored response is whose. After closing we check:
// participation rows are gone, the answer tables have no time column, every id is new, and the
// stored order (PostgreSQL: ctid; SQLite: the table's own order) is not the answering order.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { seedScenario } from '../../test-support/api-app.js';
import { submitResponse } from './answer-service.js';
import { addPeople, closeNow, contextFor, openWaveAs } from './barometer-test-support.js';

const respondents = 60;
const itemKeys = ['verticalInform', 'verticalRely', 'verticalVoice'].map((k) => `socialCapital.${k}`);

/** i = 0..59 written as three base-5 digits (values 1..5): the answer says who it was. */
const valuesFor = (i: number) => [Math.floor(i / 25) % 5, Math.floor(i / 5) % 5, i % 5].map((d) => d + 1);
const indexOf = (values: number[]) => ((values[0] ?? 1) - 1) * 25 + ((values[1] ?? 1) - 1) * 5 + ((values[2] ?? 1) - 1);

/** Spearman's rank correlation of stored position against answering order. */
function rankCorrelation(order: number[]): number {
  const n = order.length;
  const d2 = order.reduce((sum, value, position) => sum + (value - position) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describeOnDatabases('barometer: stored answers cannot be linked to participants after close', (target) => {
  const database = useTestDatabase(target);

  it('leaves no participation, no time, no old id and no answering order behind', async () => {
    const { db } = database();
    const s = await seedScenario(database());
    const people = await addPeople(db, s.units.unitA1, respondents);
    const wave = await openWaveAs(db, s.people.analyst.id, { scopeUnitId: s.units.unitA1 });
    const postgres = target.name === 'postgres';
    const storedOrder = async () => {
      const rows = postgres
        ? await sql<{ id: string }>`SELECT id FROM barometer_responses ORDER BY ctid`.execute(db)
        : await sql<{ id: string }>`SELECT id FROM barometer_responses`.execute(db);
      const answers = await db.selectFrom('barometer_answers').select(['response_id', 'item_key', 'value']).execute();
      return rows.rows.map((r) =>
        indexOf(itemKeys.map((key) => answers.find((a) => a.response_id === r.id && a.item_key === key)?.value ?? 1)),
      );
    };

    for (const [i, personId] of people.entries())
      await submitResponse(await contextFor(db, personId), wave.id, {
        answers: itemKeys.map((itemKey, j) => ({ itemKey, targetUnitId: null, value: valuesFor(i)[j] ?? 1 })),
        comments: [],
      });
    const before = await db.selectFrom('barometer_responses').select('id').execute();
    const orderBefore = await storedOrder();
    expect([...orderBefore].sort((a, b) => a - b)).toEqual([...Array(respondents).keys()]);
    // The control: on PostgreSQL, before closing, heap order is the answering order. That is what
    // the close must undo (and why the test can fail). SQLite stores by the random key already.
    if (postgres) expect(rankCorrelation(orderBefore)).toBeGreaterThan(0.99);

    await closeNow(db, wave.id);

    expect(await db.selectFrom('barometer_participation').selectAll().where('wave_id', '=', wave.id).execute()).toEqual(
      [],
    );
    const after = await db.selectFrom('barometer_responses').select('id').execute();
    expect(after).toHaveLength(respondents);
    const old = new Set(before.map((r) => r.id));
    expect(after.filter((r) => old.has(r.id))).toEqual([]);
    // PostgreSQL: the old row versions were vacuumed away right after the close.
    if (postgres) {
      const stats = await sql<{ last_vacuum: unknown }>`SELECT last_vacuum FROM pg_stat_user_tables
        WHERE relname = 'barometer_responses' AND schemaname = current_schema()`.execute(db);
      expect(stats.rows[0]?.last_vacuum).toBeTruthy();
    }
    const orderAfter = await storedOrder();
    expect([...orderAfter].sort((a, b) => a - b)).toEqual([...Array(respondents).keys()]);
    // For a random order of 60 the correlation's spread is about 0.13; 0.5 is almost four of them.
    expect(Math.abs(rankCorrelation(orderAfter))).toBeLessThan(0.5);
    // Ids sorted (the primary-key order a reader sees first) tell nothing either.
    const byId = [...after].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => r.id);
    const answers = await db.selectFrom('barometer_answers').select(['response_id', 'item_key', 'value']).execute();
    const idOrder = byId.map((id) =>
      indexOf(itemKeys.map((key) => answers.find((a) => a.response_id === id && a.item_key === key)?.value ?? 1)),
    );
    expect(Math.abs(rankCorrelation(idOrder))).toBeLessThan(0.5);

    // No column that could hold a time, a person or a session.
    const columns = async (table: string) =>
      postgres
        ? (
            await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
              WHERE table_name = ${table} AND table_schema = current_schema()`.execute(db)
          ).rows.map((r) => r.column_name)
        : (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db)).rows.map(
            (r) => r.name,
          );
    expect((await columns('barometer_responses')).sort()).toEqual([
      'audience',
      'commented',
      'id',
      'unit_id',
      'wave_id',
    ]);
    expect((await columns('barometer_answers')).sort()).toEqual([
      'id',
      'item_key',
      'response_id',
      'target_unit_id',
      'value',
    ]);
    expect((await columns('barometer_comments')).sort()).toEqual(['id', 'item_key', 'text', 'unit_id', 'wave_id']);
    expect((await columns('barometer_participation')).sort()).toEqual([
      'answered',
      'is_manager',
      'person_id',
      'unit_id',
      'wave_id',
    ]);
    // On SQLite the answer tables have no rowid (which would number rows in insertion order).
    if (!postgres) {
      const rowid = await sql`SELECT rowid FROM barometer_responses`.execute(db).then(
        () => 'present',
        () => 'absent',
      );
      expect(rowid).toBe('absent');
    }
  });
});
