import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SUPPORT_RECOMMENDATION, WITHDRAW_SUPPORT } from '../../graphql/workbench';

/** How many participants support it; participants who are not authors support or withdraw with one button. */
export function SupportPanel({
  id,
  count,
  supportedByMe,
  canSupport,
}: {
  id: string;
  count: number;
  supportedByMe: boolean;
  canSupport: boolean;
}) {
  const { t } = useTranslation();
  const [support, supporting] = useMutation(SUPPORT_RECOMMENDATION);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_SUPPORT);
  const busy = supporting.loading || withdrawing.loading;
  const toggle = () => {
    if (busy) return;
    const variables = { id };
    (supportedByMe ? withdraw({ variables }) : support({ variables })).catch(() => undefined);
  };
  return (
    <section aria-labelledby="support-title" className="app-panel">
      <h2 className="kern-heading-medium" id="support-title">
        {t('recommendation.support.title')}
      </h2>
      <p className="kern-body" role="status">
        {t('recommendation.support.count', { count })}
        {supportedByMe && ` ${t('recommendation.support.includingYou')}`}
      </p>
      <ErrorAlert error={supporting.error ?? withdrawing.error} />
      {canSupport && (
        <Button variant={supportedByMe ? 'secondary' : 'primary'} onClick={toggle} aria-disabled={busy || undefined}>
          {supportedByMe ? t('recommendation.support.withdraw') : t('recommendation.support.support')}
        </Button>
      )}
    </section>
  );
}
