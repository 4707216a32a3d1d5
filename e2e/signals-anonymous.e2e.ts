// An anonymous signal: the author gets a private follow link shown once, follows and answers
// through it without being signed in, and nothing the organisation can read names her. The key
// never travels in a URL: only in the page's fragment and in the x-follow-token header.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { personListSchema } from '../common/org/people.js';
import { signalDetailSchema } from '../common/signals/signals.js';
import { useBrowser } from './support/browser.js';
import { rows, rowsContaining, withDatabase, type Db, type Row } from './support/database.js';
import { demoUser } from './support/demo.js';
import { sv } from './support/i18n.js';
import { checkPage, desktop, expectHeading, phone } from './support/pages.js';
import { useServer } from './support/server.js';
import { apiGet } from './support/session.js';
import { signalByText, signInAs } from './support/signals.js';

const signals = sv.signals;
const frontline = demoUser('frontline'); // Hodan Warsame
const teamLeader = demoUser('team_leader'); // manages her team, where the signal goes
const secret = 'Anonymt: en kollega talar nedlåtande om brukarna när chefen inte är där.';
const replyText = 'Det händer oftast på kvällspasset.';

describe('an anonymous signal', () => {
  const server = useServer();
  const session = useBrowser(() => server().baseUrl, { viewport: phone, hasTouch: true, isMobile: true });

  it('shows its follow link once, takes a reply through it, and names nobody', async () => {
    const page = session.page();
    await signInAs(page, frontline, '/signals/new');
    await expectHeading(page, signals.raise.title);
    await page.getByLabel(signals.raise.textLabel).fill(secret);
    await page.getByText(signals.raise.moreDetails).click();
    const anonymous = page.getByRole('checkbox', { name: signals.raise.anonymousLabel });
    await anonymous.check();
    await checkPage(page, 'raise form, anonymous, details open', { axeAt320: true });
    await page.getByRole('button', { name: signals.raise.submit, exact: true }).click();

    // The link, once, with the warning; the page has focus on its heading.
    await page.getByRole('heading', { name: signals.raise.followTitle }).waitFor();
    await page.getByText(signals.raise.followWarning).waitFor();
    const link = new URL(await page.getByLabel(signals.raise.followLinkLabel).inputValue());
    expect(link.pathname).toBe('/signals/follow');
    expect(link.search).toBe('');
    const key = link.hash.slice(1);
    expect(key).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(page.url()).not.toContain(key);
    await checkPage(page, 'follow link shown once', { axeAt320: true });
    // Nothing keeps it: storage is empty of it, and coming back shows an empty form.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(key);
    await page.reload();
    await expectHeading(page, signals.raise.title);
    expect(await page.getByLabel(signals.raise.followLinkLabel).count()).toBe(0);

    // The follow page, in a browser where nobody is signed in.
    const follower = await session.newPage({ viewport: phone });
    const requests: Request[] = [];
    follower.on('request', (request) => requests.push(request));
    await follower.goto(`${link.pathname}${link.hash}`);
    await expectHeading(follower, signals.follow.title);
    await follower.getByText(secret).waitFor();
    const created = follower.locator('.signals-timeline > li').first();
    await created.getByText(signals.signal.events.created, { exact: true }).waitFor();
    expect(await created.innerText()).toContain(signals.anonymous);
    await checkPage(follower, 'follow page, signed out', { axeAt320: true });

    await follower.getByRole('textbox', { name: signals.reply.authorField }).fill(replyText);
    await follower.getByRole('button', { name: signals.reply.authorSubmit }).click();
    await follower.getByRole('status').getByText(signals.reply.sent).waitFor();
    const reply = follower.locator('.signals-timeline > li').nth(1);
    await reply.getByText(signals.signal.events.reply, { exact: true }).waitFor();
    expect(await reply.innerText()).toContain(replyText);
    expect(await reply.innerText()).toContain(signals.anonymous);

    // The key went in a header, never in an address.
    const apiCalls = requests.filter((r) => r.url().includes('/api/v1/signals/follow'));
    expect(apiCalls.length).toBeGreaterThanOrEqual(2);
    for (const request of requests) expect(request.url()).not.toContain(key);
    for (const call of apiCalls) expect(await call.headerValue('x-follow-token')).toBe(key);

    // The database itself, as an administrator with a copy of the file would read it.
    withDatabase(server(), (db) => expectNobodyNamed(db, frontline.email));
    // A wrong key is "not found", said in words.
    await follower.goto('/signals/follow#thisisnotakeythisisnotakey');
    await expectHeading(follower, signals.follow.title);
    await follower.getByText(signals.follow.notFound).waitFor();

    // The team leader reads it with the same API the page uses: no author, no name anywhere.
    const leader = await session.newPage({ viewport: desktop });
    await signInAs(leader, teamLeader);
    const signal = await signalByText(leader, 'talar nedlåtande');
    expect(signal.author).toBeNull();
    expect(signal.mine).toBe(false);
    expect(signal.timeline.map((e) => e.kind)).toEqual(['created', 'reply']);
    for (const event of signal.timeline) expect(event.actor).toBeNull();
    const hodan = (await apiGet(leader, '/people?q=Hodan', personListSchema)).items[0];
    if (!hodan) throw new Error('The demo has no Hodan');
    const raw = await (await leader.request.get(`/api/v1/signals/${signal.id}`)).text();
    const csv = await (await leader.request.get(`/api/v1/signals/export?q=${encodeURIComponent('nedlåtande')}`)).text();
    for (const text of [raw, csv]) {
      expect(text).not.toContain(hodan.id);
      expect(text).not.toContain('Hodan');
      expect(text).not.toContain('Warsame');
      expect(text).not.toContain(frontline.email);
    }
    expect(csv).toContain(signals.anonymous);

    // Her own signed-in view does not know it is hers either.
    const asHer = signalDetailSchema.parse(await (await page.request.get(`/api/v1/signals/${signal.id}`)).json());
    expect(asHer.mine).toBe(false);
    expect(asHer.author).toBeNull();
    expect(session.pageErrors()).toEqual([]);
  }, 300_000);
});

/**
 * Every row of every table that is about the signal (names its id, its text, the reply, its
 * follow-key hash or its idempotency-key hash) names nothing of the author: not her person id,
 * e-mail or name. Her own rows (her session, her sign-in in the audit log) exist, but none of
 * them points at the signal. And every time the anonymous steps left carries the hour only.
 */
function expectNobodyNamed(db: Db, email: string): void {
  const author = rows(db, 'SELECT id, name, email FROM people WHERE email = ?', email)[0];
  const signal = rows(db, 'SELECT * FROM signals WHERE text = ?', secret)[0];
  if (!author || !signal) throw new Error('The author or the signal is missing from the database');
  const signalId = String(signal.id);
  const hashes = [signal.follow_token_hash, signal.idempotency_key].filter((v) => typeof v === 'string');
  expect(hashes.length, 'the follow key and the idempotency key are stored as hashes').toBe(2);
  const about = rowsContaining(db, [signalId, secret.slice(0, 40), replyText, ...hashes]);
  const tables = new Set(about.map((found) => found.table));
  for (const table of ['signals', 'signal_events', 'audit_log', 'notifications']) expect(tables).toContain(table);
  const identifying = [String(author.id), String(author.email), ...String(author.name).split(' ')].map((v) =>
    v.toLowerCase(),
  );
  for (const { table, row } of about) {
    const stored = JSON.stringify(row).toLowerCase();
    for (const value of identifying) expect(stored, `${table} row names the author (${value})`).not.toContain(value);
  }

  // The hour, not the minute: the signal, its timeline, its audit entries and its notices.
  const hourOnly = /T\d{2}:00:00\.000Z$/;
  const times: [string, unknown][] = [
    ['signals.created_at', signal.created_at],
    ['signals.updated_at', signal.updated_at],
    ...timesOf(
      rows(db, 'SELECT kind, created_at FROM signal_events WHERE signal_id = ?', signalId),
      'kind',
      'created_at',
    ),
    ...timesOf(rows(db, 'SELECT action, at FROM audit_log WHERE entity_id = ?', signalId), 'action', 'at'),
    ...timesOf(
      rows(db, 'SELECT kind, created_at FROM notifications WHERE link = ?', `/signals/${signalId}`),
      'kind',
      'created_at',
    ),
  ];
  expect(times.length).toBeGreaterThanOrEqual(6);
  for (const [what, at] of times) expect(String(at), `${what} carries the hour only`).toMatch(hourOnly);
}

function timesOf(found: Row[], label: string, column: string): [string, unknown][] {
  return found.map((row) => [`${String(row[label])} (${column})`, row[column]]);
}
