// Dates and numbers for every module, formatted by Intl in the reader's language.
import { useTranslation } from 'react-i18next';
import { defaultLocale, isLocale, localeTags, type Locale } from '../../common/i18n/locales.js';

export type DateInput = string | number | Date;

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTags[locale], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function formatWith(value: DateInput, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  // A bare date ("2026-11-24") is a calendar day, not midnight UTC: format it in UTC so that it
  // does not become the day before for readers west of Greenwich.
  const isDateOnly = typeof value === 'string' && dateOnly.test(value);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormatter(locale, isDateOnly ? { ...options, timeZone: 'UTC' } : options).format(date);
}

/** "24 nov. 2026" */
export function formatDate(value: DateInput, locale: Locale): string {
  return formatWith(value, locale, { dateStyle: 'medium' });
}

/** "24 nov. 2026 08:15", in the reader's time zone. */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return formatWith(value, locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeTags[locale], options).format(value);
}

/** The same helpers bound to the language on screen; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return {
    locale,
    formatDate: (value: DateInput) => formatDate(value, locale),
    formatDateTime: (value: DateInput) => formatDateTime(value, locale),
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
  };
}
