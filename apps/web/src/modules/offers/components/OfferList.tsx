import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StatusBadge } from '../../../components/StatusBadge';
import type { OfferFieldsFragment } from '../../../gql/graphql';
import { formatDay } from '../../../lib/format';
import { settle } from '../../../lib/errors';
import { CONFIRM_OFFER, DELETE_OFFER } from '../graphql';
import { isStale, languageName } from '../model';
import { OfferForm } from './OfferForm';

interface Named {
  id: string;
  name: string;
}

/** The offers with provider, places, languages and when they were last confirmed; keepers edit, confirm, delete. */
export function OfferList({
  revisionId,
  offers,
  organisations,
  municipalities,
  fields,
  targetGroups,
  mayKeep,
  providersFor,
  onMessage,
}: {
  revisionId: string;
  offers: readonly OfferFieldsFragment[];
  organisations: readonly Named[];
  municipalities: readonly Named[];
  fields: readonly { id: string; title: string }[];
  targetGroups: readonly Named[];
  mayKeep: (organisationId: string) => boolean;
  providersFor: (offer: OfferFieldsFragment) => Named[];
  onMessage: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<OfferFieldsFragment | null>(null);
  const [confirm, confirmState] = useMutation(CONFIRM_OFFER);
  const [remove, removeState] = useMutation(DELETE_OFFER, { refetchQueries: ['Offers', 'OfferGaps'] });
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const places = (ids: readonly string[]) =>
    ids.length === 0
      ? t('offers.wholeRegion')
      : ids.map((id) => municipalities.find((m) => m.id === id)?.name ?? id).join(', ');

  if (offers.length === 0) return <p className="kern-body">{t('offers.list.none')}</p>;
  return (
    <>
      <ErrorAlert error={confirmState.error ?? removeState.error} />
      <ul className="offers-list">
        {offers.map((o) => {
          const keep = mayKeep(o.organisationId);
          const stale = isStale(o.confirmedAt);
          return (
            <li key={o.id}>
              <article aria-labelledby={`offer-${o.id}`}>
                <p className="kern-preline">{t(`offers.kind.${o.kind}`)}</p>
                <h3 className="kern-heading-small" id={`offer-${o.id}`}>
                  {o.title}
                </h3>
                <p className="kern-body">
                  <strong>{t('offers.list.provider')}:</strong> {orgName(o.organisationId)}
                  <br />
                  <strong>{t('offers.list.places')}:</strong> {places(o.municipalityIds)}
                  <br />
                  <strong>{t('offers.list.languages')}:</strong>{' '}
                  {o.languages.map((l) => languageName(l, language)).join(', ')}
                  <br />
                  <strong>{t('offers.list.confirmed')}:</strong> {formatDay(o.confirmedAt.slice(0, 10), language)}{' '}
                  {stale && <StatusBadge variant="warning" label={t('offers.list.stale')} />}
                </p>
                {keep && editing !== o.id && (
                  <div className="offers-actions">
                    <Button
                      aria-label={t('offers.list.confirmLabel', { title: o.title })}
                      onClick={() =>
                        void settle(confirm({ variables: { id: o.id } })).then((r) => {
                          if (r?.data) onMessage(t('offers.list.confirmed_done', { title: o.title }));
                        })
                      }
                    >
                      {t('offers.list.confirm')}
                    </Button>
                    <Button
                      aria-label={t('offers.list.editLabel', { title: o.title })}
                      onClick={() => setEditing(o.id)}
                    >
                      {t('offers.list.edit')}
                    </Button>
                    <Button
                      variant="tertiary"
                      aria-label={t('offers.list.deleteLabel', { title: o.title })}
                      onClick={() => setDeleting(o)}
                    >
                      {t('offers.list.delete')}
                    </Button>
                  </div>
                )}
                {editing === o.id && (
                  <OfferForm
                    revisionId={revisionId}
                    offer={o}
                    providers={providersFor(o)}
                    municipalities={municipalities}
                    fields={fields}
                    targetGroups={targetGroups}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) onMessage(t('offers.list.saved', { title: saved.title }));
                    }}
                  />
                )}
              </article>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('offers.list.deleteTitle')}
        confirmLabel={t('offers.list.delete')}
        busy={removeState.loading}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const offer = deleting;
          if (!offer) return;
          void settle(remove({ variables: { id: offer.id } })).then((r) => {
            setDeleting(null);
            if (r?.data) onMessage(t('offers.list.deleted', { title: offer.title }));
          });
        }}
      >
        <p className="kern-body">{deleting && t('offers.list.deleteText', { title: deleting.title })}</p>
      </ConfirmDialog>
    </>
  );
}
