import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { PageHeading } from '../../../components/PageHeading';
import { settle } from '../../../lib/errors';
import { checkNewPassword, NewPasswordFields, type NewPasswordField } from '../components/NewPasswordFields';
import { RESET_PASSWORD } from '../graphql/mutations';
import { useSessionStarted } from '../session';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const sessionStarted = useSessionStarted();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, check, formRef } = useFormErrors<NewPasswordField>();
  const [resetPassword, { loading, error }] = useMutation(RESET_PASSWORD);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !check(checkNewPassword(password, repeat, t))) return;
    if (await settle(resetPassword({ variables: { token, password } }))) {
      await sessionStarted();
      navigate('/', { replace: true });
    }
  };

  return (
    <div className="app-narrow">
      <PageHeading title={t('auth.reset.title')} />
      <p className="kern-body">{t('auth.reset.intro')}</p>
      <ErrorAlert error={error} />
      <form ref={formRef} onSubmit={submit} noValidate className="app-form">
        <NewPasswordFields
          idPrefix="reset"
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={errors}
        />
        <div className="app-form__actions">
          <SubmitButton busy={loading}>{t('auth.reset.submit')}</SubmitButton>
        </div>
      </form>
      <p className="kern-body">
        <Link className="kern-link" to="/passwort-vergessen">
          {t('auth.reset.requestNewLink')}
        </Link>
      </p>
    </div>
  );
}
