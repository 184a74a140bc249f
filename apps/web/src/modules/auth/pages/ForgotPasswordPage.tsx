import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { isEmail, useFormErrors } from '../../../components/form/useFormErrors';
import { PageHeading } from '../../../components/PageHeading';
import { settle } from '../../../lib/errors';
import { REQUEST_PASSWORD_RESET } from '../graphql/mutations';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const { errors, check, formRef } = useFormErrors<'email'>();
  const [requestReset, { loading, error, data }] = useMutation(REQUEST_PASSWORD_RESET);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !check({ email: isEmail(email) ? undefined : t('form.invalidEmail') })) return;
    await settle(requestReset({ variables: { email: email.trim() } }));
  };

  return (
    <div className="app-narrow">
      <PageHeading title={t('auth.forgot.title')} />
      {data ? (
        <Alert variant="success" role="status" title={t('auth.forgot.sentTitle')}>
          <p className="kern-body">{t('auth.forgot.sent')}</p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">{t('auth.forgot.intro')}</p>
          <ErrorAlert error={error} />
          <form ref={formRef} onSubmit={submit} noValidate className="app-form">
            <TextField
              id="forgot-email"
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={errors.email}
            />
            <div className="app-form__actions">
              <SubmitButton busy={loading}>{t('auth.forgot.submit')}</SubmitButton>
            </div>
          </form>
        </>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/anmelden">
          {t('auth.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
