import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { isEmail, useFormErrors } from '../../../components/form/useFormErrors';
import { PageHeading } from '../../../components/PageHeading';
import { settle } from '../../../lib/errors';
import { SIGN_IN } from '../graphql/mutations';
import { useReturnPath, useSessionStarted, useViewer } from '../session';

export function SignInPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const returnPath = useReturnPath();
  const sessionStarted = useSessionStarted();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, check, formRef } = useFormErrors<'email' | 'password'>();
  const [signIn, { loading, error }] = useMutation(SIGN_IN);

  // Also where a successful sign-in ends: the session query then knows the person.
  if (viewer) return <Navigate to={returnPath} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const valid = check({
      email: isEmail(email) ? undefined : t('form.invalidEmail'),
      password: password ? undefined : t('form.required'),
    });
    if (valid && (await settle(signIn({ variables: { email: email.trim(), password } })))) await sessionStarted();
  };

  return (
    <div className="app-narrow">
      <PageHeading title={t('auth.signIn.title')} />
      <p className="kern-body">{t('auth.signIn.intro')}</p>
      <ErrorAlert error={error} />
      <form ref={formRef} onSubmit={submit} noValidate className="app-form">
        <TextField
          id="sign-in-email"
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <TextField
          id="sign-in-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <div className="app-form__actions">
          <SubmitButton busy={loading}>{t('auth.signIn.submit')}</SubmitButton>
        </div>
      </form>
      <p className="kern-body">
        <Link className="kern-link" to="/passwort-vergessen">
          {t('auth.signIn.forgotPassword')}
        </Link>
      </p>
    </div>
  );
}
