// Server-side translation over the same catalogs the web app uses.
import { catalogs, type Namespace } from '../../common/i18n/catalogs.js';
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '../../common/i18n/locales.js';
import { interpolate, lookup } from '../../common/i18n/translate.js';

export function translate(
  locale: Locale,
  namespace: Namespace,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = lookup(catalogs[locale][namespace], key) ?? lookup(catalogs[defaultLocale][namespace], key) ?? key;
  return interpolate(template, params);
}

/** The reader's language: saved preference, then an explicit cookie choice, then the browser. */
export function resolveLocale(input: {
  saved?: string | null;
  cookie?: string | undefined;
  acceptLanguage?: string | undefined;
  fallback?: string | undefined;
}): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  const negotiated = negotiateLocale(input.acceptLanguage);
  if (negotiated) return negotiated;
  return isLocale(input.fallback) ? input.fallback : defaultLocale;
}
