import { Badge, Button } from '@digdir/designsystemet-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, useLocation } from 'react-router';
import type { Me } from '../../common/platform/auth.js';
import { LanguageSwitcher } from '../modules/platform/language-switcher';
import { SignOutButton } from '../modules/platform/sign-out-button';
import { useNotifications } from '../modules/platform/use-notifications';
import { navEntries } from './nav-entries';

const menuId = 'site-menu';

/** The banner: product and organisation name, the main navigation and the account tools. On
 *  narrow screens (below 48em) navigation and tools fold into a disclosure behind a menu button. */
export function SiteHeader({ me }: { me: Me | null }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="brand">
          <RouterLink to="/" className="brand__name ds-focus">
            Tillit
          </RouterLink>
          {me && <span className="brand__organisation">{me.organisation.name}</span>}
        </div>
        {me ? (
          <SignedInMenu me={me} />
        ) : (
          <div className="site-header__tools">
            <LanguageSwitcher />
          </div>
        )}
      </div>
    </header>
  );
}

function SignedInMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const unread = useNotifications().data?.unread ?? 0;
  const entries = navEntries(me, unread, t);

  // A chosen link closes the menu; the new page's heading takes focus.
  useEffect(() => setOpen(false), [pathname]);

  // Escape closes the open menu from anywhere in it (or on its button) and returns to the button.
  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    document.getElementById(`${menuId}-toggle`)?.focus();
  };

  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        id={`${menuId}-toggle`}
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={closeOnEscape}
      >
        <MenuIcon open={open} />
        {t('layout.menu')}
        <UnreadBadge count={unread} />
      </Button>
      <div id={menuId} className="site-menu" data-open={open} onKeyDown={closeOnEscape}>
        <nav aria-label={t('layout.mainNav')} className="site-nav">
          <ul>
            {entries.map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to} end={entry.end} className="site-nav__link ds-focus">
                  {entry.label}
                  {entry.count !== undefined && <UnreadBadge count={entry.count} />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-menu__account">
          <LanguageSwitcher />
          <SignOutButton />
        </div>
      </div>
    </>
  );
}

/** The number is drawn by CSS, which screen readers may skip, so it is also said in words. */
function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <>
      <Badge
        count={count}
        maxCount={99}
        data-color="danger"
        data-size="sm"
        aria-hidden="true"
        className="unread-badge"
      />
      {/* The comma makes screen readers pause between "Menu" and the count. */}
      <span className="ds-sr-only">{`, ${t('layout.unreadCount', { count })}`}</span>
    </>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.25em" height="1.25em">
      {open ? (
        <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
