import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { QueryFallback } from '../../../components/QueryFallback';
import { formatDateTime } from '../../../lib/format';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { InviteMemberForm } from '../components/InviteMemberForm';
import { REMOVE_MEMBER, REVOKE_INVITATION } from '../graphql/mutations';
import { REVISION_MEMBERS } from '../graphql/queries';
import { TableHead } from '../../../components/TableHead';

type Pending = { kind: 'member' | 'invitation'; id: string; label: string };

/** Mitglieder und Einladungen: who takes part in the revision, open invitations, and new ones. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useQuery(REVISION_MEMBERS, { variables: { revisionId: id } });
  const [pending, setPending] = useState<Pending | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const invitationsHeading = useRef<HTMLHeadingElement>(null);
  const [focusAfterClose, setFocusAfterClose] = useState<RefObject<HTMLHeadingElement | null> | null>(null);
  const options = { refetchQueries: [REVISION_MEMBERS], awaitRefetchQueries: true };
  const [removeMember] = useMutation(REMOVE_MEMBER, options);
  const [revokeInvitation] = useMutation(REVOKE_INVITATION, options);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  if (!data) return <QueryFallback error={error} title={t('members.title')} />;
  const { revision, members, invitations } = data;
  const language = i18n.language;
  const nameOf = (list: readonly { id: string; name: string }[], itemId: string | null) =>
    list.find((item) => item.id === itemId)?.name;

  const ask = (target: Pending) => {
    setFocusAfterClose(null);
    setPending(target);
  };
  const confirm = async () => {
    if (!pending) return;
    const variables = { id: pending.id };
    setBusy(true);
    setActionError(null);
    try {
      await (pending.kind === 'member' ? removeMember({ variables }) : revokeInvitation({ variables }));
      // The row with the pressed button is gone: continue at its table's heading.
      setFocusAfterClose(pending.kind === 'member' ? membersHeading : invitationsHeading);
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <>
      <RevisionHeader revision={revision} page="members" title={t('members.title')} subtitle={revision.title} />
      <ErrorAlert error={actionError} />

      <section aria-labelledby="members">
        <h2 className="kern-heading-large" id="members" tabIndex={-1} ref={membersHeading}>
          {t('members.members')}
        </h2>
        {members.length === 0 ? (
          <p className="kern-body">{t('members.none')}</p>
        ) : (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{t('members.members')}</caption>
              <TableHead
                columns={[
                  t('members.name'),
                  t('auth.email'),
                  t('members.role'),
                  t('members.since'),
                  t('common.actions'),
                ]}
              />
              <tbody className="kern-table__body">
                {members.map((m) => (
                  <tr className="kern-table__row" key={m.id}>
                    <th scope="row" className="kern-table__header">
                      {m.displayName}
                    </th>
                    <td className="kern-table__cell">{m.email}</td>
                    <td className="kern-table__cell">
                      {t(`roles.${m.role}`)}
                      {(m.municipalityName ?? m.organisationName) && ` (${m.municipalityName ?? m.organisationName})`}
                    </td>
                    <td className="kern-table__cell">{formatDateTime(m.since, language)}</td>
                    <td className="kern-table__cell">
                      <Button
                        variant="tertiary"
                        onClick={() => ask({ kind: 'member', id: m.id, label: m.displayName })}
                      >
                        {t('members.remove')}
                        <HiddenContext>{m.displayName}</HiddenContext>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="invitations">
        <h2 className="kern-heading-large" id="invitations" tabIndex={-1} ref={invitationsHeading}>
          {t('members.invitations')}
        </h2>
        {invitations.length === 0 ? (
          <p className="kern-body">{t('members.noInvitations')}</p>
        ) : (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{t('members.invitations')}</caption>
              <TableHead
                columns={[
                  t('auth.email'),
                  t('members.role'),
                  t('members.invitedAt'),
                  t('members.expiresAt'),
                  t('common.actions'),
                ]}
              />
              <tbody className="kern-table__body">
                {invitations.map((inv) => {
                  const boundTo =
                    nameOf(revision.region.municipalities, inv.municipalityId) ??
                    nameOf(revision.region.organisations, inv.organisationId);
                  return (
                    <tr className="kern-table__row" key={inv.id}>
                      <th scope="row" className="kern-table__header">
                        {inv.email}
                      </th>
                      <td className="kern-table__cell">
                        {t(`roles.${inv.role}`)}
                        {boundTo && ` (${boundTo})`}
                      </td>
                      <td className="kern-table__cell">{formatDateTime(inv.createdAt, language)}</td>
                      <td className="kern-table__cell">{formatDateTime(inv.expiresAt, language)}</td>
                      <td className="kern-table__cell">
                        <Button
                          variant="tertiary"
                          onClick={() => ask({ kind: 'invitation', id: inv.id, label: inv.email })}
                        >
                          {t('members.revoke')}
                          <HiddenContext>{inv.email}</HiddenContext>
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="invite" className="app-panel">
        <h2 className="kern-heading-large" id="invite">
          {t('members.invite.title')}
        </h2>
        <InviteMemberForm
          revisionId={revision.id}
          municipalities={revision.region.municipalities}
          organisations={revision.region.organisations}
        />
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'invitation' ? t('members.revokeTitle') : t('members.removeTitle')}
        confirmLabel={pending?.kind === 'invitation' ? t('members.revoke') : t('members.remove')}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
        focusAfterClose={focusAfterClose}
      >
        <p className="kern-body">
          {pending?.kind === 'invitation'
            ? t('members.revokeQuestion', { email: pending.label })
            : t('members.removeQuestion', { name: pending?.label ?? '' })}
        </p>
      </ConfirmDialog>
    </>
  );
}
