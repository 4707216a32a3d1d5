// A rule obstacle can point at the steering demand it is about: an employee raises one and picks
// the demand she performs, and the demand's page then shows the signal as evidence.
import { describe, it } from 'vitest';
import { useBrowser } from './support/browser.js';
import { createDemand } from './support/burden.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { checkPage, desktop, expectHeading } from './support/pages.js';
import { useServer } from './support/server.js';
import { signIn, unitIdByCode } from './support/session.js';
import { signInAs } from './support/signals.js';

const burden = sv.burden;
const signals = sv.signals;

describe('a rule obstacle pointing at a demand', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: desktop });

  it('shows the signal on the demand page', async () => {
    const setup = session.page();
    await signIn(setup, demoUser('admin'));
    const team = await unitIdByCode(setup, 'AO-HT1-T1');
    const demand = await createDemand(setup, {
      title: 'Dubbelsignering av läkemedelslistan vid varje besök',
      kind: 'rule',
      ownerUnitId: team,
      origin: 'organisation',
      frequencyUnit: 'workingDay',
      frequencyCount: 4,
      minutes: 3,
      performers: [{ unitId: team, includeDescendants: false, role: 'staff' }],
    });

    const page = await session.newPage({ viewport: desktop });
    await signInAs(page, demoUser('frontline'), '/signals/new');
    await expectHeading(page, signals.raise.title);
    const obstacle = 'Dubbelsigneringen tar tid från brukarna och ingen läser den.';
    await page.getByLabel(signals.raise.textLabel).fill(obstacle);
    await page.getByRole('radio', { name: signals.kinds.rule_obstacle, exact: true }).check();
    const choice = page.getByLabel(burden.raiseLink.label, { exact: true });
    await choice.waitFor();
    await checkPage(page, 'raise page with the demand choice');
    await choice.selectOption(demand.id);
    await page.getByRole('button', { name: signals.raise.submit, exact: true }).click();
    await page.getByRole('status').getByText(signals.raise.sent).waitFor();

    await page.goto(`/burden/demands/${demand.id}`);
    await expectHeading(page, demand.title);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: burden.detail.signalsHeading, exact: true }),
    });
    await section.getByRole('link', { name: /^Dubbelsigneringen tar tid/ }).waitFor();
  });
});
