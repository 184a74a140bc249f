import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/TextField';
import type { FieldErrors } from '../../../components/form/useFormErrors';

/** The API's rule (WEAK_PASSWORD), checked before sending so the field can say it. */
const MIN_PASSWORD_LENGTH = 10;

export type NewPasswordField = 'password' | 'repeat';

export function checkNewPassword(password: string, repeat: string, t: TFunction): FieldErrors<NewPasswordField> {
  return {
    password:
      password.length < MIN_PASSWORD_LENGTH ? t('auth.newPassword.tooShort', { min: MIN_PASSWORD_LENGTH }) : undefined,
    repeat: repeat !== password ? t('auth.newPassword.mismatch') : undefined,
  };
}

export function NewPasswordFields({
  idPrefix,
  password,
  repeat,
  onPassword,
  onRepeat,
  errors,
}: {
  idPrefix: string;
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: FieldErrors<NewPasswordField>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={t('auth.newPassword.password')}
        hint={t('auth.newPassword.hint', { min: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={errors.password}
      />
      <TextField
        id={`${idPrefix}-repeat`}
        label={t('auth.newPassword.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={errors.repeat}
      />
    </>
  );
}
