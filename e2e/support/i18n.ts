// The catalogs the app itself shows, so journeys look for the same words a user reads and do not
// break (or pass wrongly) when a text is reworded in one place only.
import da from '../../common/i18n/da/index.js';
import en from '../../common/i18n/en/index.js';
import nb from '../../common/i18n/nb/index.js';
import sv from '../../common/i18n/sv/index.js';

export { da, en, nb, sv };

/** Fills a catalog text's {{placeholders}} as i18next does (escaping is off in the app too). */
export function text(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** A regular expression that matches the text exactly, for accessible names and headings. */
export function exactly(value: string): RegExp {
  return new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
