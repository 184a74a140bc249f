import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { isEmail, useFormErrors } from '../../../components/form/useFormErrors';
import type { InvitationRole } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { INVITE_MEMBER } from '../graphql/mutations';
import { REVISION_MEMBERS } from '../graphql/queries';
import { MEMBER_ROLES } from '../roles';

interface Named {
  id: string;
  name: string;
}

/**
 * Invites a person by e-mail. A municipal reviewer is bound to a
 * municipality and an implementing actor to an organisation, so those roles
 * ask for one.
 */
export function InviteMemberForm({
  revisionId,
  municipalities,
  organisations,
}: {
  revisionId: string;
  municipalities: readonly Named[];
  organisations: readonly Named[];
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitationRole>('PARTICIPANT');
  const [municipalityId, setMunicipalityId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [invited, setInvited] = useState<string | null>(null);
  const { errors, check, formRef } = useFormErrors<'email' | 'municipality' | 'organisation'>();
  const [invite, { loading, error }] = useMutation(INVITE_MEMBER, { refetchQueries: [REVISION_MEMBERS] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const valid = check({
      email: isEmail(email) ? undefined : t('form.invalidEmail'),
      municipality:
        role === 'MUNICIPAL_REVIEWER' && !municipalityId ? t('members.invite.chooseMunicipality') : undefined,
      organisation:
        role === 'IMPLEMENTING_ACTOR' && !organisationId ? t('members.invite.chooseOrganisation') : undefined,
    });
    if (!valid) return;
    const input = {
      revisionId,
      email: email.trim(),
      role,
      municipalityId: role === 'MUNICIPAL_REVIEWER' ? municipalityId : null,
      organisationId: role === 'IMPLEMENTING_ACTOR' ? organisationId : null,
    };
    const result = await settle(invite({ variables: { input } }));
    if (result?.data) {
      setInvited(result.data.inviteMember.email);
      setEmail('');
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="app-form">
      {invited && (
        <Alert variant="success" role="status" title={t('invitations.sentTitle')}>
          <p className="kern-body">
            {t('invitations.sent', { email: invited })}{' '}
            <Link className="kern-link" to="/postausgang">
              {t('invitations.toOutbox')}
            </Link>
          </p>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <TextField
        id="invite-email"
        label={t('auth.email')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <SelectField
        id="invite-role"
        label={t('members.role')}
        value={role}
        onChange={(value) => setRole(value as InvitationRole)}
        options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      {role === 'MUNICIPAL_REVIEWER' && (
        <SelectField
          id="invite-municipality"
          label={t('members.municipality')}
          value={municipalityId}
          onChange={setMunicipalityId}
          placeholder={t('form.choose')}
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          error={errors.municipality}
        />
      )}
      {role === 'IMPLEMENTING_ACTOR' && (
        <SelectField
          id="invite-organisation"
          label={t('members.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('form.choose')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={errors.organisation}
        />
      )}
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('members.invite.submit')}</SubmitButton>
      </div>
    </form>
  );
}
