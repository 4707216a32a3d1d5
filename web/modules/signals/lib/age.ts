import { useState } from 'react';
import { localeTags, type Locale } from '../../../../common/i18n/locales.js';
import { useFormat } from '../../../ui/format';

const dayMs = 86_400_000;

/** "today", "yesterday", "5 days ago", "3 months ago", in the reader's language (Intl). */
export function relativeAge(iso: string, now: number, locale: Locale): string {
  const days = Math.max(0, Math.floor((now - Date.parse(iso)) / dayMs));
  const format = new Intl.RelativeTimeFormat(localeTags[locale], { numeric: 'auto' });
  if (days < 60) return format.format(-days, 'day');
  if (days < 730) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}

/** Ages measured from when the page was opened, so a list does not change under the reader. */
export function useAge(): (iso: string) => string {
  const { locale } = useFormat();
  const [now] = useState(() => Date.now());
  return (iso) => relativeAge(iso, now, locale);
}
