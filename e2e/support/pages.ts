// What every page of every journey must satisfy: it has finished loading, it has one visible h1,
// its title ends in "Tillit", it passes the WCAG 2.1 A/AA scan, and at 320 CSS pixels (WCAG 1.4.10,
// reflow) it does not scroll sideways.
import type { Page, ViewportSize } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './axe.js';

/** The narrowest width WCAG 1.4.10 asks for (a 1280 px screen at 400 % zoom). */
export const narrow: ViewportSize = { width: 320, height: 640 };
/** A common phone (iPhone 12-15). */
export const phone: ViewportSize = { width: 390, height: 844 };
export const desktop: ViewportSize = { width: 1280, height: 800 };

const settleTimeoutMs = 15_000;

/** Waits until the page shows its h1 and no spinner is left in it (data has arrived). */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: settleTimeoutMs });
  await page.waitForFunction(() => document.querySelector('.loading, .ds-spinner') === null, undefined, {
    timeout: settleTimeoutMs,
  });
  await animationsDone(page);
}

/** Waits for transitions and finite animations to end: a dialog fading in is half transparent,
 *  and axe would measure the contrast of that moment. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: settleTimeoutMs },
  );
}

/** Waits until the page's h1 says `expected` (navigation and data may still be on their way)
 *  and the page has settled; fails with the heading actually shown. */
export async function expectHeading(page: Page, expected: string): Promise<void> {
  try {
    await page.waitForFunction((want) => document.querySelector('main h1')?.textContent?.trim() === want, expected, {
      timeout: settleTimeoutMs,
    });
  } catch {
    const actual = await page
      .locator('main h1')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw new Error(
      `Expected the h1 "${expected}" at ${page.url()}, but it is ${actual === null ? 'missing' : `"${actual.trim()}"`}`,
    );
  }
  await settled(page);
}

/** The widest element sticking out past the right edge, named so that a failure can be fixed. */
async function overflowReport(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    // Content inside a box that scrolls or clips on its own (a wide table) does not widen the page.
    const insideScrollBox = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit + 0.5 || insideScrollBox(element)) continue;
      const id = element.id ? `#${element.id}` : '';
      const className =
        typeof element.className === 'string' && element.className
          ? `.${element.className.trim().split(/\s+/).join('.')}`
          : '';
      const words = (element.textContent ?? '').trim().slice(0, 50);
      culprits.push(
        `${element.tagName.toLowerCase()}${id}${className} "${words}" (right edge ${Math.round(box.right)} px)`,
      );
      if (culprits.length >= 5) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

/** Resizes to 320 px, checks that nothing scrolls sideways, and puts the viewport back. */
export async function expectReflowAt320(page: Page, label: string, options: { axe?: boolean } = {}): Promise<void> {
  const before = page.viewportSize();
  if (before?.width !== narrow.width) await page.setViewportSize(narrow);
  try {
    // One frame for layout after the resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    const report = await overflowReport(page);
    if (report.scrollWidth > narrow.width) {
      throw new Error(
        `${label}: scrolls sideways at 320 px (scrollWidth ${report.scrollWidth}) at ${page.url()}\n  ${report.culprits.join('\n  ')}`,
      );
    }
    if (options.axe) {
      await animationsDone(page);
      await expectNoAxeViolations(page, `${label} at 320 px`);
    }
  } finally {
    if (before && before.width !== narrow.width) await page.setViewportSize(before);
  }
}

export interface CheckPageOptions {
  /** Also run the axe scan at 320 px, not only at the current width. */
  axeAt320?: boolean;
}

/**
 * The gate for every page a journey visits: settled, an h1, a title ending in "Tillit", no axe
 * violations at the current width, no sideways scrolling at 320 px.
 */
export async function checkPage(page: Page, label: string, options: CheckPageOptions = {}): Promise<void> {
  await settled(page);
  expect(await page.locator('main h1').count(), `${label}: one h1 in main`).toBe(1);
  expect(await page.title(), `${label}: document title`).toMatch(/Tillit$/);
  await expectNoAxeViolations(page, label);
  await expectReflowAt320(page, label, { axe: options.axeAt320 === true });
}

/** Whether the element with keyboard focus matches the selector (or is inside it). */
export async function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const active = document.activeElement;
    return active !== null && active.closest(sel) !== null;
  }, selector);
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'nothing';
    const id = active.id ? `#${active.id}` : '';
    return `${active.tagName.toLowerCase()}${id} "${(active.textContent ?? '').trim().slice(0, 60)}"`;
  });
}
