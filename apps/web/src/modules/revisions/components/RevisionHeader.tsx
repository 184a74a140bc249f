import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { rightsOf, useSignedInViewer } from '../../auth/session';

export type RevisionPage =
  | 'dashboard'
  | 'contents'
  | 'inventory'
  | 'offers'
  | 'phases'
  | 'conference'
  | 'workshops'
  | 'recommendations'
  | 'concept'
  | 'review'
  | 'publication'
  | 'members'
  | 'audit'
  | 'feasibility'
  | 'surveys'
  | 'findings';

const PATHS: Record<RevisionPage, string> = {
  dashboard: '',
  contents: '/inhalte',
  inventory: '/daten',
  offers: '/angebote',
  phases: '/phasen',
  conference: '/konferenz',
  workshops: '/workshop-phase',
  recommendations: '/empfehlungen',
  concept: '/konzept',
  review: '/abstimmung',
  publication: '/veroeffentlichung',
  members: '/mitglieder',
  audit: '/protokoll',
  feasibility: '/umsetzbarkeit',
  surveys: '/umfragen',
  findings: '/ergebnisse',
};

/** The pages whose link text lives with their own area's messages. */
const NAV_KEYS = {
  feasibility: 'feasibility.nav',
  conference: 'conference.nav',
  workshops: 'workshop.phase.nav',
  recommendations: 'recommendations.nav',
  concept: 'concept.nav',
  review: 'review.nav',
  publication: 'publication.nav',
  inventory: 'inventory.nav',
  offers: 'offers.nav',
  surveys: 'surveys.nav',
  findings: 'findings.nav',
} as const satisfies Partial<Record<RevisionPage, string>>;

/**
 * Top of every revision page: the way back to the overview, the page's <h1>
 * and the links between the revision's pages (the ones the viewer may open).
 */
export function RevisionHeader({
  revision,
  page,
  title,
  subtitle,
}: {
  revision: { id: string; title: string; regionId: string };
  page: RevisionPage;
  title: string;
  subtitle: string;
}) {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const rights = rightsOf(viewer);
  const coordinates = rights.coordinates(revision.regionId);
  const visible: RevisionPage[] = ['dashboard', 'contents', 'inventory', 'offers'];
  // Umfragen: built, sent and evaluated by the coordination; findings are evidence for everyone.
  if (coordinates) visible.push('surveys');
  visible.push('findings', 'phases', 'conference', 'workshops', 'recommendations', 'concept');
  // Abstimmung: coordinators run the rounds, municipal reviewers take part.
  if (coordinates || viewer.memberships.some((m) => m.revisionId === revision.id && m.role === 'MUNICIPAL_REVIEWER'))
    visible.push('review');
  visible.push('publication');
  // Umsetzbarkeit: coordinators ask, implementing actors answer.
  if (coordinates || viewer.memberships.some((m) => m.revisionId === revision.id && m.role === 'IMPLEMENTING_ACTOR'))
    visible.push('feasibility');
  if (coordinates) visible.push('members');
  if (coordinates || rights.isAdmin) visible.push('audit');
  const base = `/fortschreibungen/${revision.id}`;

  return (
    <>
      <nav aria-label={t('revisions.nav.breadcrumb')} className="app-breadcrumb">
        <ol>
          <li>
            <Link className="kern-link" to="/">
              {t('regions.title')}
            </Link>
          </li>
          {page !== 'dashboard' && (
            <li>
              <Link className="kern-link" to={base}>
                {revision.title}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <PageHeading title={title} subtitle={subtitle} />
      <nav aria-label={t('revisions.nav.label')} className="app-subnav">
        <ul>
          {visible.map((p) => (
            <li key={p}>
              <NavLink end className="kern-link app-subnav__link" to={base + PATHS[p]}>
                {p in NAV_KEYS
                  ? t(NAV_KEYS[p as keyof typeof NAV_KEYS])
                  : t(`revisions.nav.${p as Exclude<RevisionPage, keyof typeof NAV_KEYS>}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
