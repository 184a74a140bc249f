import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { isEmail, useFormErrors } from '../../../components/form/useFormErrors';
import { settle } from '../../../lib/errors';
import { INVITE_COORDINATOR } from '../graphql/mutations';

/** Platform admins appoint the coordination of a region by e-mail invitation. */
export function InviteCoordinatorForm({ regionId, regionName }: { regionId: string; regionName: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<string | null>(null);
  const { errors, check, formRef } = useFormErrors<'email'>();
  const [invite, { loading, error }] = useMutation(INVITE_COORDINATOR);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !check({ email: isEmail(email) ? undefined : t('form.invalidEmail') })) return;
    const result = await settle(invite({ variables: { regionId, email: email.trim() } }));
    if (result?.data) {
      setInvited(result.data.inviteCoordinator.email);
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
        id={`invite-coordinator-${regionId}`}
        label={t('regions.inviteCoordinator.email', { region: regionName })}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <div className="app-form__actions">
        <SubmitButton busy={loading}>{t('regions.inviteCoordinator.submit')}</SubmitButton>
      </div>
    </form>
  );
}
