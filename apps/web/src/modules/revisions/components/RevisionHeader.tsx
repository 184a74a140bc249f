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
  | 'feasibility';

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
};

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
  const visible: RevisionPage[] = [
    'dashboard',
    'contents',
    'inventory',
    'offers',
    'phases',
    'conference',
    'workshops',
    'recommendations',
    'concept',
  ];
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
                {p === 'feasibility'
                  ? t('feasibility.nav')
                  : p === 'conference'
                    ? t('conference.nav')
                    : p === 'workshops'
                      ? t('workshop.phase.nav')
                      : p === 'recommendations'
                        ? t('recommendations.nav')
                        : p === 'concept'
                          ? t('concept.nav')
                          : p === 'review'
                            ? t('review.nav')
                            : p === 'publication'
                              ? t('publication.nav')
                              : p === 'inventory'
                                ? t('inventory.nav')
                                : p === 'offers'
                                  ? t('offers.nav')
                                  : t(`revisions.nav.${p}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
