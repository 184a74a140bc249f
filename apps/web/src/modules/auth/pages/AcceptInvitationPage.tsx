import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { settle } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { checkNewPassword, NewPasswordFields, type NewPasswordField } from '../components/NewPasswordFields';
import { ACCEPT_INVITATION } from '../graphql/mutations';
import { INVITATION_PREVIEW } from '../graphql/queries';
import { useSessionStarted, useViewer } from '../session';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const sessionStarted = useSessionStarted();
  // Once accepted the link is used up: the preview must not be asked again when the session restarts.
  const [accepted, setAccepted] = useState(false);
  const { data, error } = useQuery(INVITATION_PREVIEW, { variables: { token }, skip: accepted });
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, check, formRef } = useFormErrors<NewPasswordField | 'displayName'>();
  const [accept, { loading, error: acceptError }] = useMutation(ACCEPT_INVITATION);

  const title = t('auth.invitation.title');
  if (accepted) return <Loading />;
  if (!data) {
    return (
      <div className="app-narrow">
        <PageHeading title={title} />
        {error ? <ErrorAlert error={error} /> : <Loading />}
      </div>
    );
  }
  const invitation = data.invitation;
  const newAccount = !invitation.accountExists;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const valid = check(
      newAccount
        ? { displayName: displayName.trim() ? undefined : t('form.required'), ...checkNewPassword(password, repeat, t) }
        : { password: password ? undefined : t('form.required') },
    );
    if (!valid) return;
    const input = { token, password, displayName: newAccount ? displayName.trim() : undefined };
    if (await settle(accept({ variables: { input } }))) {
      setAccepted(true);
      await sessionStarted();
      navigate('/', { replace: true });
    }
  };

  return (
    <div className="app-narrow">
      <PageHeading title={title} />
      <p className="kern-body">
        {t('auth.invitation.intro', {
          what: invitation.revisionTitle ?? invitation.regionName,
          role: t(`roles.${invitation.role}`),
        })}
      </p>
      <DescriptionList>
        <DescriptionItem term={t('auth.invitation.region')}>{invitation.regionName}</DescriptionItem>
        {invitation.revisionTitle && (
          <DescriptionItem term={t('auth.invitation.revision')}>{invitation.revisionTitle}</DescriptionItem>
        )}
        <DescriptionItem term={t('auth.invitation.role')}>{t(`roles.${invitation.role}`)}</DescriptionItem>
        {invitation.municipalityName && (
          <DescriptionItem term={t('auth.invitation.municipality')}>{invitation.municipalityName}</DescriptionItem>
        )}
        {invitation.organisationName && (
          <DescriptionItem term={t('auth.invitation.organisation')}>{invitation.organisationName}</DescriptionItem>
        )}
        <DescriptionItem term={t('auth.email')}>{invitation.email}</DescriptionItem>
        <DescriptionItem term={t('auth.invitation.validUntil')}>
          {formatDateTime(invitation.expiresAt, i18n.language)}
        </DescriptionItem>
      </DescriptionList>
      {viewer && viewer.account.email !== invitation.email && (
        <Alert variant="info" title={t('auth.invitation.otherSessionTitle')}>
          <p className="kern-body">
            {t('auth.invitation.otherSession', { current: viewer.account.email, invited: invitation.email })}
          </p>
        </Alert>
      )}
      <h2 className="kern-heading-medium">
        {newAccount ? t('auth.invitation.createAccount') : t('auth.invitation.existingAccount')}
      </h2>
      <p className="kern-body">
        {newAccount ? t('auth.invitation.createAccountIntro') : t('auth.invitation.existingAccountIntro')}
      </p>
      <ErrorAlert error={acceptError} />
      <form ref={formRef} onSubmit={submit} noValidate className="app-form">
        {newAccount ? (
          <>
            <TextField
              id="invitation-name"
              label={t('auth.invitation.displayName')}
              hint={t('auth.invitation.displayNameHint')}
              autoComplete="name"
              value={displayName}
              onChange={setDisplayName}
              error={errors.displayName}
            />
            <NewPasswordFields
              idPrefix="invitation"
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              errors={errors}
            />
          </>
        ) : (
          <TextField
            id="invitation-password"
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
        )}
        <div className="app-form__actions">
          <SubmitButton busy={loading}>{t('auth.invitation.submit')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
