// The demo's barometer: a closed wave whose heatmap shows values and at least one hidden cell, and
// an open pulse the demo frontline sign-in can answer.
import { expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { getForm } from './answer-service.js';
import { contextFor } from './barometer-test-support.js';
import { heatmap } from './results-service.js';
import { listWaves } from './waves-service.js';

describeOnDatabases('barometer demo data', (target) => {
  const database = useTestDatabase(target);

  it('has a closed wave with shown and hidden cells, and an open pulse for the frontline', async () => {
    const { db } = database();
    await seedDemo(db);
    const person = async (email: string) =>
      contextFor(
        db,
        (await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id,
      );

    const director = await person('forvaltningschef@exempelby.se');
    const waves = await listWaves(director);
    expect(waves.results).toHaveLength(1);
    const map = await heatmap(director, waves.results[0]?.id ?? '');
    const cells = map.rows.flatMap((r) => r.cells);
    expect(cells.some((c) => !c.suppressed)).toBe(true);
    expect(cells.some((c) => c.suppressed)).toBe(true);
    expect(map.organisation.cells.every((c) => !c.suppressed)).toBe(true);

    const frontline = await person('medarbetare@exempelby.se');
    const mine = await listWaves(frontline);
    expect(mine.toAnswer.map((w) => w.title)).toEqual(['Pulsen i Hemtjänst Norra']);
    const form = await getForm(frontline, mine.toAnswer[0]?.id ?? '');
    expect(form.sections.flatMap((s) => s.items)).toHaveLength(9);
  });
});
