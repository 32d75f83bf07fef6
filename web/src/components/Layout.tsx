import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { logout, type SessionUser } from '../api/auth';
import { homeOf, useSetSession } from '../auth/session';
import { LanguagePicker } from './LanguagePicker';

const MAIN_ID = 'hovedinnhold';

interface NavItem {
  to: string;
  label: string;
}

function navFor(user: SessionUser | null, t: (key: string) => string): NavItem[] {
  if (!user) return [];
  if (user.role === 'coordinator') {
    return [
      { to: '/kandidater', label: t('nav.candidates') },
      { to: '/mentorskap', label: t('mentorshipFlow.nav') },
      { to: '/kohort', label: t('nav.cohort') },
    ];
  }
  return [{ to: homeOf(user.role), label: t('nav.home') }];
}

/** Header (Kobling, organisation, user, log out), the role's navigation, a skip link and the page. */
export function Layout({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const out = useMutation({
    mutationFn: logout,
    onSettled: () => {
      setSession(null);
      void navigate('/logg-inn', { replace: true });
    },
  });
  const nav = navFor(user, t);
  return (
    <div className="layout">
      <SkipLink href={`#${MAIN_ID}`}>{t('app.skipLink')}</SkipLink>
      <header className="header">
        <div className="header__inner">
          <div className="header__brand">
            <NavLink to={user ? homeOf(user.role) : '/logg-inn'} className="header__logo">
              {t('app.name')}
            </NavLink>
            {user?.organisation && <span className="header__organisation">{user.organisation.name}</span>}
          </div>
          <div className="header__tools">
            <LanguagePicker />
            {user && (
              <>
                <Paragraph data-size="sm" className="header__user">
                  {user.name}
                </Paragraph>
                <Button variant="secondary" data-size="sm" onClick={() => out.mutate()} loading={out.isPending}>
                  {t('app.logout')}
                </Button>
              </>
            )}
          </div>
        </div>
        {nav.length > 0 && (
          <nav aria-label={t('app.mainNav')} className="nav">
            <ul className="nav__list">
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="footer">
        <Paragraph data-size="sm">{t('app.footer')}</Paragraph>
      </footer>
    </div>
  );
}
