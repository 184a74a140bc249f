import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { AlertVariant } from '../../../components/Alert';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager, pageFrom, useFocusOnPageChange } from '../../../components/Pager';
import { StatusBadge } from '../../../components/StatusBadge';
import type { OutboxStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { MessageBody } from '../components/MessageBody';
import { OUTBOX } from '../graphql/queries';

const PAGE_SIZE = 20;

const STATUS_BADGE: Record<OutboxStatus, AlertVariant> = { PENDING: 'warning', SENT: 'success', FAILED: 'danger' };

/**
 * Postausgang: the mails the platform sends, newest first. Without SMTP they
 * wait here, and the demo's invitation and reset links can be followed.
 */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const page = pageFrom(search);
  const { data, error } = useQuery(OUTBOX, { variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } });
  const language = i18n.language;
  const range = useFocusOnPageChange<HTMLParagraphElement>(page, Boolean(data));
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <PageHeading title={t('outbox.title')} />
      <p className="kern-body">{t('outbox.intro')}</p>
      <ErrorAlert error={error} />
      {!data ? (
        !error && <Loading />
      ) : data.outbox.total === 0 ? (
        <p className="kern-body">{t('outbox.none')}</p>
      ) : (
        <>
          <p className="kern-body" tabIndex={-1} ref={range}>
            {t('outbox.range', { first, last: first + data.outbox.messages.length - 1, total: data.outbox.total })}
          </p>
          <ul className="app-item-list">
            {data.outbox.messages.map((message) => (
              <li key={message.id}>
                <article className="app-panel" aria-labelledby={`message-${message.id}`}>
                  <div className="app-phase__head">
                    <h2 className="kern-heading-small" id={`message-${message.id}`}>
                      {message.subject}
                    </h2>
                    <StatusBadge variant={STATUS_BADGE[message.status]} label={t(`outbox.status.${message.status}`)} />
                  </div>
                  <DescriptionList>
                    <DescriptionItem term={t('outbox.recipient')}>{message.recipient}</DescriptionItem>
                    <DescriptionItem term={t('outbox.created')}>
                      {formatDateTime(message.createdAt, language)}
                    </DescriptionItem>
                    {message.sentAt && (
                      <DescriptionItem term={t('outbox.sent')}>
                        {formatDateTime(message.sentAt, language)}
                      </DescriptionItem>
                    )}
                    {message.lastError && (
                      <DescriptionItem term={t('outbox.lastError')}>
                        {message.lastError} ({t('outbox.attempts', { count: message.attempts })})
                      </DescriptionItem>
                    )}
                  </DescriptionList>
                  <details className="kern-accordion">
                    <summary className="kern-accordion__header">
                      <span className="kern-title">
                        {t('outbox.showText')}
                        <HiddenContext>{message.subject}</HiddenContext>
                      </span>
                    </summary>
                    <div className="kern-accordion__body">
                      <MessageBody text={message.textBody} />
                    </div>
                  </details>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.outbox.total} label={t('outbox.pages')} />}
    </>
  );
}
