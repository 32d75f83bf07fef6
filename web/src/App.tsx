import { Spinner } from '@digdir/designsystemet-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import type { Role } from './api/auth';
import { homeOf, useSession } from './auth/session';
import { Layout } from './components/Layout';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SetPasswordPage } from './pages/SetPasswordPage';

// The coordinator's pages load when first opened: the login page does not wait for them.
const CandidatesPage = lazy(() => import('./pages/CandidatesPage').then((m) => ({ default: m.CandidatesPage })));
const NewCandidatePage = lazy(() => import('./pages/NewCandidatePage').then((m) => ({ default: m.NewCandidatePage })));
const EditCandidatePage = lazy(() => import('./pages/EditCandidatePage').then((m) => ({ default: m.EditCandidatePage })));
const MentorshipsPage = lazy(() => import('./pages/MentorshipsPage').then((m) => ({ default: m.MentorshipsPage })));
const MentorAnswerPage = lazy(() => import('./pages/MentorAnswerPage').then((m) => ({ default: m.MentorAnswerPage })));
const CandidatePage = lazy(() => import('./pages/CandidatePage').then((m) => ({ default: m.CandidatePage })));
const CohortPage = lazy(() => import('./pages/CohortPage').then((m) => ({ default: m.CohortPage })));

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <Spinner aria-label={t('app.loading')} />
    </div>
  );
}

/** A page for signed-in users (of the given roles): others go to login, or to their own home. */
function Signed({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(user.role)) return <Navigate to={homeOf(user.role)} replace />;
  return (
    <Layout user={user}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </Layout>
  );
}

/** A page for everyone (login, passwords): with the layout, and the user if there is one. */
function Open({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return <Layout user={user ?? null}>{children}</Layout>;
}

function Start() {
  const { user } = useSession();
  if (user === undefined) return <Loading />;
  return <Navigate to={user ? homeOf(user.role) : '/logg-inn'} replace />;
}

export function App() {
  return (
    <Routes>
        <Route path="/" element={<Start />} />
        <Route path="/logg-inn" element={<Open><LoginPage /></Open>} />
        <Route path="/glemt-passord" element={<Open><ForgotPasswordPage /></Open>} />
        <Route path="/passord" element={<Open><SetPasswordPage /></Open>} />
        <Route path="/hjem" element={<Signed><HomePage /></Signed>} />
        <Route path="/kandidater" element={<Signed roles={['coordinator']}><CandidatesPage /></Signed>} />
        <Route path="/kandidater/ny" element={<Signed roles={['coordinator']}><NewCandidatePage /></Signed>} />
      <Route path="/kandidater/:id" element={<Signed roles={['coordinator']}><CandidatePage /></Signed>} />
        <Route path="/kandidater/:id/endre" element={<Signed roles={['coordinator']}><EditCandidatePage /></Signed>} />
        <Route path="/mentorskap" element={<Signed roles={['coordinator']}><MentorshipsPage /></Signed>} />
        <Route path="/mentor-svar" element={<Open><Suspense fallback={<Loading />}><MentorAnswerPage /></Suspense></Open>} />
        <Route path="/kohort" element={<Signed roles={['coordinator']}><CohortPage /></Signed>} />
        <Route path="*" element={<Open><NotFoundPage /></Open>} />
    </Routes>
  );
}
