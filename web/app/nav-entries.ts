import type { TFunction } from 'i18next';
import type { Me } from '../../common/platform/auth.js';
import { orgNav } from '../modules/org/routes';
import { signalsNav } from '../modules/signals/routes';
import { burdenNav } from '../modules/burden/routes';
import { barometerNav } from '../modules/barometer/routes';
import { canVerifyAudit, isAdmin } from '../modules/platform/use-me';

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
    ...signalsNav.map((entry) => ({ to: entry.to, label: t(entry.labelKey, { ns: 'signals' }), end: entry.end })),
    ...burdenNav.map((entry) => ({ to: entry.to, label: t(entry.labelKey, { ns: 'burden' }), end: entry.end })),
    ...barometerNav.map((entry) => ({ to: entry.to, label: t(entry.labelKey, { ns: 'barometer' }), end: entry.end })),
    ...modules,
    ...(admin ? [{ to: '/audit', label: t('nav.audit') }] : []),
    ...(admin ? [{ to: '/privacy/retention', label: t('retention.title', { ns: 'privacy' }) }] : []),
    ...(admin ? [{ to: '/tokens', label: t('title', { ns: 'tokens' }) }] : []),
    // Auditors check the audit log's integrity without reading it; administrators do so on /audit.
    ...(!admin && canVerifyAudit(me) ? [{ to: '/audit/integrity', label: t('nav', { ns: 'audit' }) }] : []),
    { to: '/notifications', label: t('nav.notifications'), count: unread },
    { to: '/settings', label: t('nav.settings') },
  ];
}
