// i18next over the shared catalogs in common/i18n. Only the language on screen is downloaded: each
// language is its own chunk, fetched on first use and kept for the rest of the visit.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from '../../common/i18n/locales.js';
import type { Catalog } from '../../common/i18n/translate.js';
import { setApiLocale } from './api';

type Bundle = Record<'errors' | 'platform' | 'org', Catalog>;

const bundleLoaders: Record<Locale, () => Promise<{ default: Bundle }>> = {
  sv: () => import('../../common/i18n/sv/index.js'),
  nb: () => import('../../common/i18n/nb/index.js'),
  da: () => import('../../common/i18n/da/index.js'),
  en: () => import('../../common/i18n/en/index.js'),
};

/** Starts downloading a language without waiting for it (used while /me is still in flight). */
export function prefetchLocale(locale: Locale): void {
  void bundleLoaders[locale]().catch(() => undefined);
}

async function ensureBundle(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'platform')) return;
  const { default: bundle } = await bundleLoaders[locale]();
  for (const [namespace, catalog] of Object.entries(bundle)) {
    i18next.addResourceBundle(locale, namespace, catalog, true, true);
  }
}

function reflectLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  setApiLocale(locale);
  // The server reads this cookie for requests that are not made by fetch (downloads, links).
  document.cookie = `tillit_lang=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export async function initI18n(locale: Locale): Promise<void> {
  reflectLocale(locale);
  await i18next.use(initReactI18next).init({
    lng: locale,
    // Every catalog is complete (a test checks it), so there is no second language to fall back to.
    fallbackLng: false,
    ns: [
      'errors',
      'platform',
      'org',
      'security',
      'identity',
      'audit',
      'privacy',
      'tokens',
      'signals',
      'burden',
      'barometer',
    ],
    defaultNS: 'platform',
    resources: {},
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await ensureBundle(locale);
  // init() ran before the bundle existed; switching again makes react-i18next render with it.
  await i18next.changeLanguage(locale);
}

/** Shows the app in another language. Persisting the choice is the caller's business. */
export async function applyLocale(locale: Locale): Promise<void> {
  await ensureBundle(locale);
  await i18next.changeLanguage(locale);
  reflectLocale(locale);
}

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(language) ? language : defaultLocale;
}
