import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ExportFormat, RecommendationExportFieldsFragment } from '../../gql/graphql';
import { settle } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { rightsOf, useViewer } from '../auth/session';
import { formatByteSize, isFinished, progressText, progressValue } from './export-progress';
import {
  RECOMMENDATION_EXPORT,
  RECOMMENDATION_EXPORT_REVISION,
  RECOMMENDATION_EXPORTS,
  START_RECOMMENDATION_EXPORT,
} from './graphql';
import './exports.css';

/** How often a running export is asked for its progress. */
const POLL_MS = 700;

/**
 * The export panel of a revision's recommendations, for its coordinators;
 * nothing for everyone else. Starting an export queues a job; its progress is
 * polled until the file is there to download.
 */
export function RecommendationExportSlot({ revisionId }: { revisionId: string }) {
  const rights = rightsOf(useViewer());
  const { data } = useQuery(RECOMMENDATION_EXPORT_REVISION, { variables: { id: revisionId } });
  if (!data || !rights.coordinates(data.revision.regionId)) return null;
  return <ExportPanel revisionId={revisionId} />;
}

function ExportPanel({ revisionId }: { revisionId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const list = useQuery(RECOMMENDATION_EXPORTS, { variables: { revisionId } });
  const [start, { loading: starting, error: startError }] = useMutation(START_RECOMMENDATION_EXPORT, {
    refetchQueries: [RECOMMENDATION_EXPORTS],
  });
  const polled = useQuery(RECOMMENDATION_EXPORT, {
    variables: { id: currentId ?? '' },
    skip: !currentId,
    fetchPolicy: 'network-only',
  });
  const current = polled.data?.dataExport ?? null;
  const status = current?.status;
  const { startPolling, stopPolling } = polled;
  // Asks again while the export runs; stops once it is done or failed, and starts afresh for the next one.
  useEffect(() => {
    if (!currentId || (status && isFinished(status))) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [currentId, status, startPolling, stopPolling]);

  const run = async (format: ExportFormat) => {
    if (starting) return;
    const result = await settle(start({ variables: { revisionId, format } }));
    const started = result?.data?.exportRecommendations;
    if (started) setCurrentId(started.id);
  };

  const language = i18n.language;
  const progress = current ? progressValue(current) : null;
  return (
    <section aria-labelledby={headingId} className="app-panel">
      <h2 className="kern-heading-large" id={headingId}>
        {t('feasibility.export.title')}
      </h2>
      <p className="kern-body">{t('feasibility.export.intro')}</p>
      <div className="export-actions">
        <Button onClick={() => run('XLSX')} aria-disabled={starting || undefined}>
          {t('feasibility.export.xlsx')}
        </Button>
        <Button onClick={() => run('CSV')} aria-disabled={starting || undefined}>
          {t('feasibility.export.csv')}
        </Button>
      </div>
      <ErrorAlert error={startError} />
      <ErrorAlert error={polled.error} />
      {current && progress && (
        <div className="kern-progress export-progress">
          <label className="kern-label" htmlFor={`${headingId}-progress`}>
            {t('feasibility.export.progressLabel')}
          </label>
          <progress id={`${headingId}-progress`} max={progress.max} value={progress.value} />
        </div>
      )}
      {/* Always in the page, so the changes inside are announced. */}
      <p className="kern-body" aria-live="polite">
        {current ? progressText(current, t, language) : ''}
      </p>
      {current?.status === 'DONE' && <DownloadLink item={current} language={language} />}

      <h3 className="kern-heading-medium">{t('feasibility.export.latest')}</h3>
      <ErrorAlert error={list.error} />
      {list.data &&
        (list.data.dataExports.length === 0 ? (
          <p className="kern-body">{t('feasibility.export.none')}</p>
        ) : (
          <ul className="export-list">
            {list.data.dataExports.map((item) => (
              <li key={item.id}>
                <span>{formatDateTime(item.createdAt, language)}</span>
                <span>{item.format}</span>
                <span>{t(`feasibility.export.status.${item.status}`)}</span>
                {item.status === 'DONE' && <DownloadLink item={item} language={language} />}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function DownloadLink({ item, language }: { item: RecommendationExportFieldsFragment; language: string }) {
  const { t } = useTranslation();
  if (!item.downloadUrl) return null;
  return (
    <a className="kern-link export-file" href={item.downloadUrl}>
      <span className="kern-icon kern-icon--download" aria-hidden="true" />
      {t('feasibility.export.download', {
        fileName: item.fileName ?? item.format,
        size: formatByteSize(item.byteSize ?? 0, language),
      })}
    </a>
  );
}
