import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { GapView } from '../components/GapView';
import { NeedSection } from '../components/NeedSection';
import { NetworkSection } from '../components/NetworkSection';
import { OfferForm } from '../components/OfferForm';
import { OfferList } from '../components/OfferList';
import { OFFERS, OFFERS_REVISION, OFFERS_VIEWER } from '../graphql';
import { mayKeepOffer, ownOrganisationIds } from '../model';
import '../offers.css';

/**
 * Offers, networks and needs of a revision for its members: the offers list
 * (coordinators and the providing organisation's members keep offers), the
 * networks, the needs, and the gap view of fields of action × municipalities.
 */
export function OffersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const headingId = useId();
  const viewer = useSignedInViewer();
  const revision = useQuery(OFFERS_REVISION, { variables: { id } });
  const lists = useQuery(OFFERS, { variables: { revisionId: id } });
  const me = useQuery(OFFERS_VIEWER);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState('');
  if (!revision.data) return <QueryFallback error={revision.error} title={t('offers.title')} />;
  const r = revision.data.revision;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const memberships = me.data?.me?.memberships ?? [];
  const own = ownOrganisationIds(r.id, memberships);
  const organisations = r.region.organisations;
  const municipalities = r.region.municipalities;
  const fields = [...r.fieldsOfAction].sort((a, b) => a.position - b.position);
  const targetGroups = [...r.targetGroups].sort((a, b) => a.position - b.position);
  const providers = coordinates ? organisations : organisations.filter((o) => own.includes(o.id));
  const mayKeep = (organisationId: string) => mayKeepOffer(organisationId, r.id, coordinates, memberships);
  return (
    <div className="offers-page">
      <RevisionHeader revision={r} page="offers" title={t('offers.title')} subtitle={r.title} />
      <p className="kern-body">{t('offers.intro')}</p>
      <p className="kern-body">
        <Link className="kern-link" to={`/wegweiser/${r.id}`}>
          {t('offers.wegweiserLink')}
        </Link>
      </p>
      <p className="kern-body" role="status">
        {message}
      </p>
      {!lists.data ? (
        <QueryFallback error={lists.error} title={t('offers.list.title')} />
      ) : (
        <>
          <section aria-labelledby={headingId} className="offers-section">
            <h2 className="kern-heading-medium" id={headingId}>
              {t('offers.list.title')}
            </h2>
            <p className="kern-body">{t('offers.list.count', { count: lists.data.offers.length })}</p>
            {providers.length > 0 && !creating && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                {t('offers.list.new')}
              </Button>
            )}
            {creating && (
              <OfferForm
                revisionId={r.id}
                offer={null}
                providers={providers}
                municipalities={municipalities}
                fields={fields}
                targetGroups={targetGroups}
                onDone={(saved) => {
                  setCreating(false);
                  if (saved) setMessage(t('offers.list.saved', { title: saved.title }));
                }}
              />
            )}
            <OfferList
              revisionId={r.id}
              offers={lists.data.offers}
              organisations={organisations}
              municipalities={municipalities}
              fields={fields}
              targetGroups={targetGroups}
              mayKeep={mayKeep}
              providersFor={(o) =>
                coordinates ? organisations : organisations.filter((p) => p.id === o.organisationId)
              }
              onMessage={setMessage}
            />
          </section>
          <GapView revisionId={r.id} fields={fields} municipalities={municipalities} targetGroups={targetGroups} />
          <NetworkSection
            revisionId={r.id}
            networks={lists.data.networks}
            organisations={organisations}
            coordinates={coordinates}
            onSaved={setMessage}
          />
          <NeedSection
            revisionId={r.id}
            needs={lists.data.needs}
            fields={fields}
            municipalities={municipalities}
            coordinates={coordinates}
            onSaved={setMessage}
          />
        </>
      )}
    </div>
  );
}
