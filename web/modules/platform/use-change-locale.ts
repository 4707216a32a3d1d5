import { useCallback } from 'react';
import type { Locale } from '../../../common/i18n/locales.js';
import { applyLocale } from '../../app/i18n';
import { noteSignedOutChoice, rememberLocale } from '../../app/locale-preference';
import { useMe } from './use-me';
import { useUpdatePreferences } from './use-update-preferences';

/** Switches the language now, remembers it in this browser, and saves it to the user's profile
 *  when someone is signed in (so it follows them to other devices). */
export function useChangeLocale() {
  const me = useMe().data;
  const { mutate: savePreference } = useUpdatePreferences();
  return useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      rememberLocale(locale);
      if (me) savePreference({ locale });
      else noteSignedOutChoice(locale);
    },
    [me, savePreference],
  );
}
