import { useTranslation } from 'react-i18next';
import { serverMessages } from '../lib/errors';
import { Alert } from './Alert';

/** Shows what went wrong: the server's own (localised) message, or a network problem. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const messages = serverMessages(error) ?? [t('errors.network')];
  return (
    <Alert variant="danger" role="alert" title={t('errors.title')}>
      {messages.map((message) => (
        <p className="kern-body" key={message}>
          {message}
        </p>
      ))}
    </Alert>
  );
}
