import { useEffect, useRef } from 'react';
import type { Locale } from '../../common/i18n/locales.js';
import { applyLocale, currentLocale } from './i18n';
import { rememberLocale } from './locale-preference';

/** Follows the signed-in user's saved language when it changes (signing in, or saving it on
 *  another device), and remembers it in this browser so it outlives signing out. */
export function useLocaleSync(saved: Locale | null | undefined): void {
  const previous = useRef(saved);
  useEffect(() => {
    if (saved === previous.current) return;
    previous.current = saved;
    if (!saved) return;
    rememberLocale(saved);
    if (saved !== currentLocale()) void applyLocale(saved);
  }, [saved]);
}
