import type { TFunction } from 'i18next';
import type { Me } from '../../common/platform/auth.js';
import { orgNav } from '../modules/org/routes';
import { isAdmin } from '../modules/platform/use-me';

export interface NavEntry {
  to: string;
  label: string;
  /** Only exact matches count as the current page (for "/"). */
  end?: boolean;
  /** Unread count shown as a badge. */
  count?: number;
}

/** Home, then each module's entries, then the platform's own pages. */
export function navEntries(me: Me, unread: number, t: TFunction): NavEntry[] {
  const admin = isAdmin(me);
  const modules = orgNav
    .filter((entry) => admin || !entry.adminOnly)
    .map((entry) => ({ to: entry.to, label: t(entry.labelKey, { ns: 'org' }), end: entry.end }));
  return [
    { to: '/', label: t('nav.home'), end: true },
    ...modules,
    ...(admin ? [{ to: '/audit', label: t('nav.audit') }] : []),
    { to: '/notifications', label: t('nav.notifications'), count: unread },
    { to: '/settings', label: t('nav.settings') },
  ];
}
