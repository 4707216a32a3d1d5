// Which language to show, and where the choice is kept. Order: the signed-in user's saved
// preference, then this browser's last choice, then the browser's languages, then the
// organisation's default, then Swedish.
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '../../common/i18n/locales.js';

const storageKey = 'tillit.locale';

/** localStorage throws in some private modes and when storage is disabled; the choice is then
 *  simply not remembered. */
export function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered; the language still changes for this visit.
  }
}

export function browserLocale(): Locale | undefined {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return negotiateLocale(languages.join(','));
}

export function detectLocale(saved: Locale | null | undefined, organisationDefault?: Locale): Locale {
  return saved ?? storedLocale() ?? browserLocale() ?? organisationDefault ?? defaultLocale;
}

// A language picked before signing in is the user's latest wish; it is saved to their profile at
// sign-in instead of being overridden by an older saved preference.
let signedOutChoice: Locale | undefined;

export function noteSignedOutChoice(locale: Locale): void {
  signedOutChoice = locale;
}

export function takeSignedOutChoice(): Locale | undefined {
  const choice = signedOutChoice;
  signedOutChoice = undefined;
  return choice;
}
