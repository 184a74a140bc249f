import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { AuditLogPage } from './modules/audit/pages/AuditLogPage';
import { NotificationsLink } from './modules/notifications/components/NotificationsLink';
import { NotificationsPage } from './modules/notifications/pages/NotificationsPage';
import { CoveragePage } from './modules/recommendations/pages/CoveragePage';
import { MergePage } from './modules/recommendations/pages/MergePage';
import { RecommendationBoardPage } from './modules/recommendations/pages/RecommendationBoardPage';
import { RecommendationDetailPage } from './modules/recommendations/pages/RecommendationDetailPage';
import { RecommendationEditorPage } from './modules/recommendations/pages/RecommendationEditorPage';
import { RecommendationListPage } from './modules/recommendations/pages/RecommendationListPage';
import { FeasibilityPage } from './modules/feasibility/pages/FeasibilityPage';
import { AssignmentPage } from './modules/conferences/pages/AssignmentPage';
import { CancelRegistrationPage } from './modules/conferences/pages/CancelRegistrationPage';
import { CheckInPage } from './modules/conferences/pages/CheckInPage';
import { ConferencePage } from './modules/conferences/pages/ConferencePage';
import { PublicConferencePage } from './modules/conferences/pages/PublicConferencePage';
import { JoinWorkshopPage } from './modules/workshops/pages/JoinWorkshopPage';
import { WorkshopBoardPage } from './modules/workshops/pages/WorkshopBoardPage';
import { WorkshopPhasePage } from './modules/workshops/pages/WorkshopPhasePage';
import { ConceptComparePage } from './modules/concept/pages/ConceptComparePage';
import { ConceptPage } from './modules/concept/pages/ConceptPage';
import { InventoryPage } from './modules/inventory/pages/InventoryPage';
import { OffersPage } from './modules/offers/pages/OffersPage';
import { WegweiserPage } from './modules/offers/pages/WegweiserPage';
import { RespondPage } from './modules/survey-respond/pages/RespondPage';
import { SurveyPreviewPage } from './modules/survey-respond/pages/SurveyPreviewPage';
import { FindingsPage } from './modules/survey-results/pages/FindingsPage';
import { SurveyResultsPage } from './modules/survey-results/pages/SurveyResultsPage';
import { SurveyBuilderPage } from './modules/surveys/pages/SurveyBuilderPage';
import { SurveysPage } from './modules/surveys/pages/SurveysPage';
import { PublicationPage } from './modules/publication/pages/PublicationPage';
import { PublicConceptPage } from './modules/publication/pages/PublicConceptPage';
import { PublishedConceptsPage } from './modules/publication/pages/PublishedConceptsPage';
import { ReviewRoundPage } from './modules/review/pages/ReviewRoundPage';
import { ReviewRoundsPage } from './modules/review/pages/ReviewRoundsPage';
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
        <Route
          element={
            <Layout navigation={<MainNavigation />} notifications={<NotificationsLink />} account={<AccountMenu />} />
          }
        >
          <Route path="anmelden" element={<SignInPage />} />
          <Route path="passwort-vergessen" element={<ForgotPasswordPage />} />
          <Route path="passwort-zuruecksetzen/:token" element={<ResetPasswordPage />} />
          <Route path="einladung/:token" element={<AcceptInvitationPage />} />
          <Route path="workshop" element={<JoinWorkshopPage />} />
          <Route path="workshop/:code" element={<JoinWorkshopPage />} />
          <Route path="workshop/board/:sessionId" element={<WorkshopBoardPage />} />
          <Route path="konferenz/abmelden" element={<CancelRegistrationPage />} />
          <Route path="konferenz/:id" element={<PublicConferencePage />} />
          <Route path="konzepte" element={<PublishedConceptsPage />} />
          <Route path="wegweiser/:revisionId" element={<WegweiserPage />} />
          <Route path="umfrage/:token" element={<RespondPage />} />
          <Route path="konzepte/:revisionId" element={<PublicConceptPage />} />
          <Route element={<RequireViewer />}>
            <Route index element={<RegionsPage />} />
            <Route path="fortschreibungen/:id" element={<RevisionDashboardPage />} />
            <Route path="fortschreibungen/:id/phasen" element={<PhasesPage />} />
            <Route path="fortschreibungen/:id/inhalte" element={<ContentsPage />} />
            <Route path="fortschreibungen/:id/daten" element={<InventoryPage />} />
            <Route path="fortschreibungen/:id/angebote" element={<OffersPage />} />
            <Route path="fortschreibungen/:id/umfragen" element={<SurveysPage />} />
            <Route path="fortschreibungen/:id/umfragen/:surveyId" element={<SurveyBuilderPage />} />
            <Route path="fortschreibungen/:id/umfragen/:surveyId/ergebnisse" element={<SurveyResultsPage />} />
            <Route path="fortschreibungen/:id/umfragen/:surveyId/vorschau" element={<SurveyPreviewPage />} />
            <Route path="fortschreibungen/:id/ergebnisse" element={<FindingsPage />} />
            <Route path="fortschreibungen/:id/mitglieder" element={<MembersPage />} />
            <Route path="fortschreibungen/:id/protokoll" element={<AuditLogPage />} />
            <Route path="fortschreibungen/:id/umsetzbarkeit" element={<FeasibilityPage />} />
            <Route path="fortschreibungen/:id/workshop-phase" element={<WorkshopPhasePage />} />
            <Route path="fortschreibungen/:id/konzept" element={<ConceptPage />} />
            <Route path="fortschreibungen/:id/konzept/vergleich" element={<ConceptComparePage />} />
            <Route path="fortschreibungen/:id/abstimmung" element={<ReviewRoundsPage />} />
            <Route path="fortschreibungen/:id/abstimmung/:roundId" element={<ReviewRoundPage />} />
            <Route path="fortschreibungen/:id/veroeffentlichung" element={<PublicationPage />} />
            <Route path="fortschreibungen/:id/konferenz" element={<ConferencePage />} />
            <Route path="fortschreibungen/:id/konferenz/einteilung" element={<AssignmentPage />} />
            <Route path="fortschreibungen/:id/konferenz/einlass" element={<CheckInPage />} />
            <Route path="fortschreibungen/:id/empfehlungen" element={<RecommendationListPage />} />
            <Route path="fortschreibungen/:id/empfehlungen/tafel" element={<RecommendationBoardPage />} />
            <Route path="fortschreibungen/:id/empfehlungen/abdeckung" element={<CoveragePage />} />
            <Route path="fortschreibungen/:id/empfehlungen/neu" element={<RecommendationEditorPage />} />
            <Route path="fortschreibungen/:id/empfehlungen/zusammenfuehren" element={<MergePage />} />
            <Route path="fortschreibungen/:id/empfehlungen/:recId" element={<RecommendationDetailPage />} />
            <Route path="fortschreibungen/:id/empfehlungen/:recId/bearbeiten" element={<RecommendationEditorPage />} />
            <Route path="benachrichtigungen" element={<NotificationsPage />} />
            <Route path="postausgang" element={<OutboxPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
