// The four first-class languages. Swedish is the default.
import { isOneOf } from '../platform/one-of.js';
export const locales = ['sv', 'nb', 'da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

/** BCP 47 tags used for dates and numbers (Intl). */
export const localeTags: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = { sv: 'Svenska', nb: 'Norsk bokmål', da: 'Dansk', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return isOneOf(locales, value);
}

/** Picks the best supported language from an Accept-Language header; "no" and "nn" map to bokmål. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'no' || primary === 'nn') return 'nb';
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
