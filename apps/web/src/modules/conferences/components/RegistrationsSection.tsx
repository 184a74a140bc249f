import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertVariant } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableHead } from '../../../components/TableHead';
import type { RegistrationsQuery, RegistrationStatus } from '../../../gql/graphql';
import { CANCEL_REGISTRATION_BY_ID, REGISTRATIONS } from '../graphql';
import { REGISTRATION_STATUSES } from '../model';
import type { ConferenceData } from './ConferenceFacts';

type Row = RegistrationsQuery['registrations'][number];

const BADGE: Record<RegistrationStatus, AlertVariant> = {
  CONFIRMED: 'success',
  WAITLISTED: 'warning',
  CANCELLED: 'info',
};

/**
 * Who registered, with contact data: for coordinators only (the page does
 * not ask for it otherwise). A registration can be cancelled here, e.g.
 * after a phone call; the waiting list moves up.
 */
export function RegistrationsSection({
  conference,
  onChanged,
}: {
  conference: ConferenceData;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const { data, error, refetch } = useQuery(REGISTRATIONS, {
    variables: { conferenceId: conference.id, status: status || null },
    fetchPolicy: 'network-only',
  });
  const [cancel, cancelState] = useMutation(CANCEL_REGISTRATION_BY_ID);
  const [cancelling, setCancelling] = useState<Row | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const workshop = new Map(conference.workshops.map((w) => [w.id, w.title]));
  const headingId = `registrations-${conference.id}`;

  const confirmCancel = async () => {
    if (!cancelling) return;
    try {
      await cancel({ variables: { id: cancelling.id } });
      setCancelling(null);
      await Promise.all([refetch(), onChanged()]);
    } catch {
      // The dialog shows the error and stays open.
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId} tabIndex={-1} ref={heading}>
        {t('conference.registrations.title')}
      </h3>
      <div className="conference-filter">
        <SelectField
          id={`registrations-status-${conference.id}`}
          label={t('conference.registrations.filter')}
          value={status}
          onChange={(v) => setStatus(v as RegistrationStatus | '')}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`conference.status.${s}`) }))}
          placeholder={t('conference.registrations.all')}
        />
      </div>
      <ErrorAlert error={error} />
      {!data ? (
        !error && <Loading />
      ) : data.registrations.length === 0 ? (
        <p className="kern-body">{t('conference.registrations.none')}</p>
      ) : (
        <div className="conference-table" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="kern-table kern-table--small conference-table__table">
            <TableHead
              columns={[
                t('conference.registrations.name'),
                t('conference.registrations.email'),
                t('conference.registrations.organisation'),
                t('conference.registrations.role'),
                t('conference.registrations.status'),
                t('conference.registrations.wishes'),
                t('conference.registrations.accessibility'),
                t('common.actions'),
              ]}
            />
            <tbody className="kern-table__body">
              {data.registrations.map((r) => (
                <tr className="kern-table__row" key={r.id}>
                  <td className="kern-table__cell">{r.name || t('conference.registrations.deleted')}</td>
                  <td className="kern-table__cell">{r.email}</td>
                  <td className="kern-table__cell">{r.organisation}</td>
                  <td className="kern-table__cell">{t(`conference.roles.${r.role}`)}</td>
                  <td className="kern-table__cell">
                    <StatusBadge variant={BADGE[r.status]} label={t(`conference.status.${r.status}`)} />
                  </td>
                  <td className="kern-table__cell">
                    {r.preferences.length > 0 && (
                      <ol className="conference-wishes">
                        {r.preferences.map((id) => (
                          <li key={id}>{workshop.get(id) ?? t('conference.registrations.unknownWorkshop')}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td className="kern-table__cell">{r.accessibilityNeeds}</td>
                  <td className="kern-table__cell">
                    {r.status !== 'CANCELLED' && (
                      <Button variant="tertiary" onClick={() => setCancelling(r)}>
                        {t('conference.registrations.cancel')}
                        <HiddenContext>{r.name}</HiddenContext>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={cancelling !== null}
        title={t('conference.registrations.cancelTitle', { name: cancelling?.name ?? '' })}
        confirmLabel={t('conference.registrations.cancelConfirm')}
        busy={cancelState.loading}
        onConfirm={confirmCancel}
        onCancel={() => {
          setCancelling(null);
          cancelState.reset();
        }}
        focusAfterClose={cancelState.data ? heading : null}
      >
        <ErrorAlert error={cancelState.error} />
        <p className="kern-body">{t('conference.registrations.cancelText')}</p>
      </ConfirmDialog>
    </section>
  );
}
