import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useSignOut, useViewer } from '../session';

export function AccountMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut, loading, error } = useSignOut();
  return (
    <>
      {viewer && (
        <p className="kern-body app-header__person">{t('layout.signedInAs', { name: viewer.account.displayName })}</p>
      )}
      <LanguageSwitch />
      {viewer && (
        <Button onClick={signOut} aria-disabled={loading || undefined}>
          {t('layout.signOut')}
        </Button>
      )}
      <ErrorAlert error={error} />
    </>
  );
}
