// Accessibility gate for every journey: WCAG 2.1 level A and AA as axe checks them. The failure
// message is meant to be fixable from the log alone: rule, impact, where.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const targetsShown = 3;

export interface AxeOptions {
  /** CSS selectors to leave out of the scan, e.g. a third-party widget we cannot fix. */
  exclude?: string[];
}

export async function expectNoAxeViolations(page: Page, label: string, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;

  const lines = violations.map((violation) => {
    const targets = violation.nodes.slice(0, targetsShown).map((node) => selectorText(node.target));
    const more = violation.nodes.length > targetsShown ? ` (+${violation.nodes.length - targetsShown} more)` : '';
    return `  - ${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help}\n      at ${targets.join(' | ')}${more}`;
  });
  throw new Error(`${label}: ${violations.length} accessibility violation(s) at ${page.url()}\n${lines.join('\n')}`);
}

/** Axe targets nest arrays for shadow DOM and frames; show them as one readable path. */
function selectorText(target: unknown): string {
  return Array.isArray(target) ? target.map(selectorText).join(' >>> ') : String(target);
}
