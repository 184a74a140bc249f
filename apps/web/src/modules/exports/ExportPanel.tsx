import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DataExportFieldsFragment, ExportFormat } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formatByteSize, isFinished, progressText, progressValue, type ProgressWording } from './export-progress';
import { DATA_EXPORT } from './graphql';
import './exports.css';

/** How often a running export is asked for its progress. */
const POLL_MS = 700;

export interface ExportPanelProps {
  title: string;
  intro: ReactNode;
  /** h2 where the panel is a part of the page, h3 inside a section. */
  level: 2 | 3;
  choices: { format: ExportFormat; label: string }[];
  /** Starts an export; its id, or null when it did not start (the error is then in `startError`). */
  start: (format: ExportFormat) => Promise<string | null>;
  starting: boolean;
  startError?: Error;
  latest: DataExportFieldsFragment[] | undefined;
  latestError?: Error;
  wording?: ProgressWording;
}

/**
 * An export as people follow it: buttons per format; a started export's
 * progress as a bar and as text in a live region, polled until the file is
 * there; the download; the latest exports with theirs.
 */
export function ExportPanel(props: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const polled = useQuery(DATA_EXPORT, {
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
    if (props.starting) return;
    const id = await props.start(format);
    if (id) setCurrentId(id);
  };

  const language = i18n.language;
  const progress = current ? progressValue(current) : null;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const Sub = props.level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={headingId} className={props.level === 2 ? 'app-panel' : undefined}>
      <Heading className={props.level === 2 ? 'kern-heading-large' : 'kern-heading-medium'} id={headingId}>
        {props.title}
      </Heading>
      <p className="kern-body">{props.intro}</p>
      <div className="export-actions">
        {props.choices.map((c) => (
          <Button key={c.format} onClick={() => run(c.format)} aria-disabled={props.starting || undefined}>
            {c.label}
          </Button>
        ))}
      </div>
      <ErrorAlert error={props.startError} />
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
        {current ? progressText(current, t, language, props.wording) : ''}
      </p>
      {current?.status === 'DONE' && <DownloadLink item={current} language={language} />}

      <Sub className="kern-heading-small">{t('feasibility.export.latest')}</Sub>
      <ErrorAlert error={props.latestError} />
      {props.latest &&
        (props.latest.length === 0 ? (
          <p className="kern-body">{t('feasibility.export.none')}</p>
        ) : (
          <ul className="export-list">
            {props.latest.map((item) => (
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

function DownloadLink({ item, language }: { item: DataExportFieldsFragment; language: string }) {
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
