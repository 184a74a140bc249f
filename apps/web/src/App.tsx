import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { AuditLogPage } from './modules/audit/pages/AuditLogPage';
import { AccountMenu } from './modules/auth/components/AccountMenu';
import { MainNavigation } from './modules/auth/components/MainNavigation';
import { AcceptInvitationPage } from './modules/auth/pages/AcceptInvitationPage';
import { ForgotPasswordPage } from './modules/auth/pages/ForgotPasswordPage';
import { ResetPasswordPage } from './modules/auth/pages/ResetPasswordPage';
import { SignInPage } from './modules/auth/pages/SignInPage';
import { RequireViewer, SessionProvider } from './modules/auth/session';
import { MembersPage } from './modules/members/pages/MembersPage';
import { OutboxPage } from './modules/outbox/pages/OutboxPage';
import { RegionsPage } from './modules/regions/pages/RegionsPage';
import { ContentsPage } from './modules/revisions/pages/ContentsPage';
import { PhasesPage } from './modules/revisions/pages/PhasesPage';
import { RevisionDashboardPage } from './modules/revisions/pages/RevisionDashboardPage';

/** The routes. German paths, like the interface's working language. */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<Layout navigation={<MainNavigation />} account={<AccountMenu />} />}>
          <Route path="anmelden" element={<SignInPage />} />
          <Route path="passwort-vergessen" element={<ForgotPasswordPage />} />
          <Route path="passwort-zuruecksetzen/:token" element={<ResetPasswordPage />} />
          <Route path="einladung/:token" element={<AcceptInvitationPage />} />
          <Route element={<RequireViewer />}>
            <Route index element={<RegionsPage />} />
            <Route path="fortschreibungen/:id" element={<RevisionDashboardPage />} />
            <Route path="fortschreibungen/:id/phasen" element={<PhasesPage />} />
            <Route path="fortschreibungen/:id/inhalte" element={<ContentsPage />} />
            <Route path="fortschreibungen/:id/mitglieder" element={<MembersPage />} />
            <Route path="fortschreibungen/:id/protokoll" element={<AuditLogPage />} />
            <Route path="postausgang" element={<OutboxPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
