// Leadership response figures and the answer deadline setting, with their access rules.
import { expect, it } from 'vitest';
import { problemSchema } from '../../../common/platform/problem.js';
import { figuresSchema, signalSettingsSchema } from '../../../common/signals/signals.js';
import { describeOnDatabases, useTestDatabase } from '../../test-support/databases.js';
import { useScenarioApp } from '../../test-support/api-app.js';
import { raise } from './signals-test-support.js';

describeOnDatabases('signals: response figures and settings', (target) => {
  const database = useTestDatabase(target);
  const start = useScenarioApp(database);

  it('shows a unit’s figures to its managers and the chain above only, counting what they may see', async () => {
    const { s, as } = await start();
    const staff = await as('staffA1');
    const manager = await as('managerA');
    const a = await raise(staff, { unitId: s.units.unitA1, text: 'Hinder ett', minutesPerWeek: 90 });
    // Restricted, but the unit's managers are in its circle: it counts for them.
    await raise(staff, { unitId: s.units.teamA1a, text: 'Hinder två', restricted: true });
    await manager('POST', `/api/v1/signals/${a.signal.id}/answers`, { type: 'done', text: 'Löst.' });

    const res = await manager('GET', `/api/v1/signals/figures?unitId=${s.units.deptA}`);
    expect(res.statusCode).toBe(200);
    const figures = figuresSchema.parse(res.json());
    expect(figures.figures).toMatchObject({
      signals: 2,
      answered: 1,
      resolvedShare: 0.5,
      hoursPerWeekRemoved: 1.5,
      onTimeShare: 1,
    });
    expect(figures.children.map((c) => [c.unit.id, c.figures.signals])).toEqual([[s.units.unitA1, 2]]);
    // Figures are about leaders' responsiveness: not for analysts or administrators who manage nothing here.
    for (const who of ['staffA1', 'managerB', 'analyst', 'admin'] as const)
      expect((await (await as(who))('GET', `/api/v1/signals/figures?unitId=${s.units.deptA}`)).statusCode, who).toBe(
        403,
      );
  });

  it('lets administrators set the working days for a first answer, within limits', async () => {
    const { as } = await start();
    const staff = await as('staffA1');
    // The holiday calendar follows the organisation's default language (Swedish here) until set.
    expect(signalSettingsSchema.parse((await staff('GET', '/api/v1/signals/settings')).json())).toEqual({
      answerDays: 10,
      holidayCountry: 'SE',
    });
    expect((await staff('PUT', '/api/v1/signals/settings', { answerDays: 3 })).statusCode).toBe(403);
    const admin = await as('admin');
    for (const answerDays of [0, 61, 2.5])
      expect((await admin('PUT', '/api/v1/signals/settings', { answerDays })).statusCode).toBe(422);
    const wrongCountry = await admin('PUT', '/api/v1/signals/settings', { answerDays: 5, holidayCountry: 'US' });
    expect(wrongCountry.statusCode).toBe(422);
    expect(problemSchema.parse(wrongCountry.json()).errors?.[0]?.field).toBe('holidayCountry');
    expect((await admin('PUT', '/api/v1/signals/settings', { answerDays: 5, holidayCountry: 'NO' })).statusCode).toBe(
      200,
    );
    // Without a country the country stays as it was.
    expect((await admin('PUT', '/api/v1/signals/settings', { answerDays: 5 })).statusCode).toBe(200);
    expect(signalSettingsSchema.parse((await staff('GET', '/api/v1/signals/settings')).json())).toEqual({
      answerDays: 5,
      holidayCountry: 'NO',
    });
  });
});
