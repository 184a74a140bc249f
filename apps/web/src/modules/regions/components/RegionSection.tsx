import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Disclosure } from '../../../components/Disclosure';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { CreateRevisionForm } from '../../revisions/components/CreateRevisionForm';
import { progressOf } from '../../revisions/phases';
import type { RegionItem } from '../types';
import { InviteCoordinatorForm } from './InviteCoordinatorForm';
import { OrganisationsSection } from './OrganisationsSection';

/** One region on the overview: its revisions, and what the viewer may manage there. */
export function RegionSection({ region }: { region: RegionItem }) {
  const { t } = useTranslation();
  const rights = rightsOf(useSignedInViewer());
  const coordinates = rights.coordinates(region.id);
  const headingId = `region-${region.id}`;

  return (
    <section className="app-region" aria-labelledby={headingId}>
      <h2 className="kern-heading-large" id={headingId}>
        {region.name}
      </h2>
      <p className="kern-body kern-body--muted">
        {t(`regionKind.${region.kind}`)} · {t('regions.municipalityCount', { count: region.municipalities.length })}
      </p>

      <h3 className="kern-heading-medium">{t('revisions.title')}</h3>
      {region.revisions.length === 0 ? (
        <p className="kern-body">{t('revisions.none')}</p>
      ) : (
        <ul className="app-card-list">
          {region.revisions.map((revision) => (
            <li key={revision.id} className="app-card">
              <Link className="kern-link app-card__title" to={`/fortschreibungen/${revision.id}`}>
                {revision.title}
              </Link>
              <ProgressLine phases={revision.phases} />
            </li>
          ))}
        </ul>
      )}
      {coordinates && (
        <Disclosure label={t('revisions.create.open')}>
          {(close) => <CreateRevisionForm regionId={region.id} revisions={region.revisions} onCancel={close} />}
        </Disclosure>
      )}

      {(coordinates || rights.isAdmin) && <OrganisationsSection region={region} canEdit={coordinates} />}

      {rights.isAdmin && (
        <section aria-labelledby={`${headingId}-coordination`}>
          <h3 className="kern-heading-medium" id={`${headingId}-coordination`}>
            {t('regions.inviteCoordinator.title')}
          </h3>
          <InviteCoordinatorForm regionId={region.id} regionName={region.name} />
        </section>
      )}
    </section>
  );
}

function ProgressLine({ phases }: { phases: RegionItem['revisions'][number]['phases'] }) {
  const { t } = useTranslation();
  const progress = progressOf(phases);
  return (
    <p className="kern-body kern-body--small">
      {progress.kind === 'running'
        ? t('revisions.progress.running', { phase: t(`phase.kind.${progress.phase}`) })
        : t(`revisions.progress.${progress.kind}`)}
    </p>
  );
}
