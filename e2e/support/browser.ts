// Debian's Chromium driven by playwright-core: we never download a browser. One browser per test
// file, a fresh context (cookies, storage) per test so journeys cannot lean on each other.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The demo's users: a Swedish municipality. Chromium's own default (en-US) would make the app
 *  pick English from navigator.languages. */
export const swedishUser: BrowserContextOptions = { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' };

const actionTimeoutMs = 10_000;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install Debian's: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface BrowserSession {
  browser: () => Browser;
  context: () => BrowserContext;
  page: () => Page;
  /** Uncaught exceptions thrown in the page during the current test. */
  pageErrors: () => Error[];
  /**
   * Another page in a context of its own (a second user, or another server with `baseURL`),
   * closed after the test like the first one; its uncaught exceptions go to pageErrors().
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/**
 * Registers hooks: launch once per file, new context and page per test. `baseUrl` is read when
 * each test starts, so it may come from a server started in an earlier beforeAll.
 */
export function useBrowser(baseUrl: () => string, contextOptions: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let extraContexts: BrowserContext[] = [];
  let errors: Error[] = [];

  const openPage = async (
    currentBrowser: Browser,
    options: BrowserContextOptions,
  ): Promise<{ context: BrowserContext; page: Page }> => {
    const opened = await currentBrowser.newContext({
      ...swedishUser,
      baseURL: baseUrl(),
      ...contextOptions,
      ...options,
    });
    // A journey that waits longer than this for one element has already failed.
    opened.setDefaultTimeout(actionTimeoutMs);
    const openedPage = await opened.newPage();
    openedPage.on('pageerror', (error) => errors.push(error));
    // A script or style the Content Security Policy blocked is a broken page, even if nothing throws.
    openedPage.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        errors.push(new Error(message.text()));
    });
    return { context: opened, page: openedPage };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  beforeEach(async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    errors = [];
    ({ context, page } = await openPage(browser, {}));
  });
  afterEach(async () => {
    await Promise.all(extraContexts.map((extra) => extra.close()));
    extraContexts = [];
    await context?.close();
    context = undefined;
    page = undefined;
  });

  return {
    browser: () => required(browser, 'browser'),
    context: () => required(context, 'browser context'),
    page: () => required(page, 'page'),
    pageErrors: () => errors,
    newPage: async (options = {}) => {
      const opened = await openPage(required(browser, 'browser'), options);
      extraContexts.push(opened.context);
      return opened.page;
    },
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The ${what} is only available inside a test.`);
  return value;
}
