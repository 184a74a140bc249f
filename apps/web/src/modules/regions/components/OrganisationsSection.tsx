import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { settle } from '../../../lib/errors';
import { DELETE_ORGANISATION } from '../graphql/mutations';
import { REGIONS } from '../graphql/queries';
import type { OrganisationItem, RegionItem } from '../types';
import { OrganisationForm } from './OrganisationForm';
import { TableHead } from '../../../components/TableHead';

/** The region's organisations; coordinators add, edit and delete them. */
export function OrganisationsSection({ region, canEdit }: { region: RegionItem; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [editing, setEditing] = useState<OrganisationItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<OrganisationItem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  // Opening the form takes the keyboard there instead of leaving it in the table.
  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);
  const [remove, { loading: removing, error: removeError }] = useMutation(DELETE_ORGANISATION, {
    refetchQueries: [REGIONS],
    awaitRefetchQueries: true,
  });
  const headingId = `organisations-${region.id}`;

  const stopEditing = () => {
    setEditing(null);
    heading.current?.focus();
  };
  const [deleted, setDeleted] = useState(false);
  const askDelete = (organisation: OrganisationItem) => {
    setDeleted(false);
    setDeleting(organisation);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleted(Boolean(await settle(remove({ variables: { id: deleting.id } }))));
    setDeleting(null);
  };
  const current = editing === 'new' ? null : editing && region.organisations.find((o) => o.id === editing.id);

  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId} tabIndex={-1} ref={heading}>
        {t('organisations.title')}
      </h3>
      <ErrorAlert error={removeError} />
      {region.organisations.length === 0 ? (
        <p className="kern-body">{t('organisations.none')}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">{t('organisations.caption', { region: region.name })}</caption>
            <TableHead
              columns={[
                t('organisations.name'),
                t('organisations.type'),
                t('organisations.municipalities'),
                t('organisations.contactEmail'),
                ...(canEdit ? [t('common.actions')] : []),
              ]}
            />
            <tbody className="kern-table__body">
              {region.organisations.map((o) => (
                <tr className="kern-table__row" key={o.id}>
                  <th scope="row" className="kern-table__header">
                    {o.name}
                  </th>
                  <td className="kern-table__cell">{t(`organisationType.${o.type}`)}</td>
                  <td className="kern-table__cell">{o.municipalities.map((m) => m.name).join(', ') || '–'}</td>
                  <td className="kern-table__cell">{o.contactEmail ?? '–'}</td>
                  {canEdit && (
                    <td className="kern-table__cell">
                      <div className="app-actions">
                        <Button onClick={() => setEditing(o)}>
                          {t('common.edit')}
                          <HiddenContext>{o.name}</HiddenContext>
                        </Button>
                        <Button variant="tertiary" onClick={() => askDelete(o)}>
                          {t('common.delete')}
                          <HiddenContext>{o.name}</HiddenContext>
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && editing === null && <Button onClick={() => setEditing('new')}>{t('organisations.add')}</Button>}
      {canEdit && editing !== null && (
        <div className="app-panel">
          <h4 className="kern-heading-small" tabIndex={-1} ref={formHeading}>
            {current ? t('organisations.editTitle', { name: current.name }) : t('organisations.addTitle')}
          </h4>
          <ConflictBoundary reload={() => client.refetchQueries({ include: [REGIONS] })}>
            {(onConflict) => (
              <OrganisationForm
                region={region}
                organisation={current ?? null}
                onDone={stopEditing}
                onConflict={onConflict}
              />
            )}
          </ConflictBoundary>
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('organisations.deleteTitle')}
        confirmLabel={t('common.delete')}
        busy={removing}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
        focusAfterClose={deleted ? heading : null}
      >
        <p className="kern-body">{t('organisations.deleteQuestion', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
