import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Pager, pageFrom, useFocusOnPageChange } from '../../../components/Pager';
import { QueryFallback } from '../../../components/QueryFallback';
import { formatDateTime } from '../../../lib/format';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { isAuditAction, parseAuditValues, shownFields } from '../auditLabels';
import { AuditValueList } from '../components/AuditValueList';
import { AUDIT_LOG } from '../graphql/queries';
import { TableHead } from '../../../components/TableHead';

const PAGE_SIZE = 20;

/** Protokoll: every change and transition of the revision, newest first: who, when, what, before, after, why. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFrom(search);
  const { data, error } = useQuery(AUDIT_LOG, {
    variables: { revisionId: id, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const range = useFocusOnPageChange<HTMLParagraphElement>(page, Boolean(data));

  if (!data) return <QueryFallback error={error} title={t('audit.title')} />;
  const { revision, auditLog } = data;
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <RevisionHeader revision={revision} page="audit" title={t('audit.title')} subtitle={revision.title} />
      <ErrorAlert error={error} />
      {auditLog.total === 0 ? (
        <p className="kern-body">{t('audit.none')}</p>
      ) : (
        <>
          <p className="kern-body" tabIndex={-1} ref={range}>
            {t('audit.range', { first, last: first + auditLog.entries.length - 1, total: auditLog.total })}
          </p>
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small app-audit">
              <caption className="kern-sr-only">{t('audit.caption', { page })}</caption>
              <TableHead
                columns={[
                  t('audit.when'),
                  t('audit.who'),
                  t('audit.what'),
                  t('audit.before'),
                  t('audit.after'),
                  t('audit.reason'),
                ]}
              />
              <tbody className="kern-table__body">
                {auditLog.entries.map((entry) => {
                  const before = parseAuditValues(entry.before);
                  const after = parseAuditValues(entry.after);
                  const fields = shownFields(before, after);
                  return (
                    <tr className="kern-table__row" key={entry.id}>
                      <td className="kern-table__cell">{formatDateTime(entry.createdAt, i18n.language)}</td>
                      <td className="kern-table__cell">{entry.actorName ?? t('audit.system')}</td>
                      <th scope="row" className="kern-table__header">
                        {isAuditAction(entry.action) ? t(`audit.action.${entry.action}`) : entry.action}
                      </th>
                      <td className="kern-table__cell">
                        <AuditValueList values={before} fields={fields} />
                      </td>
                      <td className="kern-table__cell">
                        <AuditValueList values={after} fields={fields} />
                      </td>
                      <td className="kern-table__cell">{entry.reason ?? '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={auditLog.total} label={t('audit.pages')} />
    </>
  );
}
