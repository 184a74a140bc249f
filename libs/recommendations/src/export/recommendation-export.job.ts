import { type Writable } from 'node:stream';
import { type DataSource, type QueryRunner } from 'typeorm';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobContribution, JobHandler } from '@konzeptwerk/jobs';
import { DataExport, isUuid, writeCsv, writeXlsx, type JobEnqueuer, type TabularRow } from '@konzeptwerk/platform';
import {
  EXPORT_QUEUE,
  bufferSink,
  enqueueExport,
  exportJobId,
  exportJobsOf,
  finishExport,
  markExportFailed,
  recordExportFailure,
  reportExportProgress,
  startExport,
  throttledProgress,
  type ExportJobData,
  type ExportKind,
} from './export-runtime';
import {
  CONTENT_TYPES,
  PAGE_SQL,
  RECOMMENDATION_EXPORT_COLUMNS,
  cursorOf,
  exportFileName,
  pageParams,
  toExportRow,
  type PageCursor,
  type RecommendationExportRecord,
} from './recommendation-export.rows';

export const RECOMMENDATIONS_EXPORT_KIND = 'recommendations';

export type RecommendationExportData = ExportJobData;

export interface RecommendationExportOptions {
  /** Rows read per query. */
  pageSize?: number;
  /** Progress is written after this many rows, or after `progressEveryMs`, whichever comes first. */
  progressEveryRows?: number;
  progressEveryMs?: number;
  /**
   * Whether the attempt now running is the last one BullMQ makes. Only then does a failure mark the export
   * FAILED; before, it goes back to QUEUED for the retry. Without a queue (a direct call) every attempt is the last.
   */
  isFinalAttempt?: (exportId: string) => Promise<boolean>;
}

/**
 * `export.recommendations`: builds one DataExport file (CSV or XLSX) with every recommendation of a
 * revision. Reads in one REPEATABLE READ snapshot, so the total announced up front and the rows written
 * agree even while people keep editing. Writes progress as it goes; stores file and DONE in one statement,
 * so a partial file is never visible. Idempotent: a DONE export is left as it is.
 */
export class RecommendationExportJob implements JobHandler<RecommendationExportData> {
  static readonly jobName = 'export.recommendations';
  readonly queue = EXPORT_QUEUE;
  readonly name = RecommendationExportJob.jobName;

  static jobId(exportId: string): string {
    return exportJobId(exportId);
  }

  static enqueue(enqueuer: JobEnqueuer, exportId: string): Promise<void> {
    return enqueueExport(enqueuer, RecommendationExportJob.jobName, exportId);
  }

  private readonly pageSize: number;
  private readonly progressEveryRows: number;
  private readonly progressEveryMs: number;
  private readonly isFinalAttempt: (exportId: string) => Promise<boolean>;

  constructor(
    private readonly db: DataSource,
    options: RecommendationExportOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 200;
    this.progressEveryRows = options.progressEveryRows ?? 100;
    this.progressEveryMs = options.progressEveryMs ?? 500;
    this.isFinalAttempt = options.isFinalAttempt ?? (async () => true);
  }

  async handle(data: RecommendationExportData): Promise<string> {
    const exportId = data?.exportId;
    if (!isUuid(exportId)) return 'missing';
    const exports = this.db.getRepository(DataExport);
    const row = await exports.findOneBy({ id: exportId });
    if (!row) return 'missing';
    if (row.status === ExportStatus.DONE) return 'done';

    const reader = this.db.createQueryRunner();
    try {
      await reader.connect();
      await reader.startTransaction('REPEATABLE READ');
      await reader.query('SET TRANSACTION READ ONLY');
      const [revision] = (await reader.query('SELECT title FROM concept_revision WHERE id = $1', [row.revisionId])) as {
        title: string;
      }[];
      if (!revision) {
        // Nothing a retry could change.
        await markExportFailed(this.db, exportId, 'Die Fortschreibung gibt es nicht mehr.');
        return 'failed';
      }
      const [{ total }] = (await reader.query(
        'SELECT count(*)::int AS total FROM recommendation WHERE revision_id = $1',
        [row.revisionId],
      )) as { total: number }[];
      if (!(await startExport(this.db, exportId, total))) return 'done';

      const sink = bufferSink();
      const count = await this.write(
        row.format,
        this.rows(reader, row.revisionId!),
        sink.out,
        throttledProgress((n) => this.reportProgress(exportId, n), this.progressEveryRows, this.progressEveryMs),
      );
      await reader.commitTransaction();
      await finishExport(this.db, exportId, {
        content: sink.content(),
        fileName: exportFileName(revision.title, row.format, new Date()),
        contentType: CONTENT_TYPES[row.format],
        processed: count,
      });
      return 'done';
    } catch (e) {
      await recordExportFailure(this.db, exportId, e, this.isFinalAttempt);
      throw e;
    } finally {
      if (reader.isTransactionActive) await reader.rollbackTransaction().catch(() => undefined);
      await reader.release();
    }
  }

  /** One page of records; a subclass in tests makes it fail part-way. */
  protected async page(
    reader: QueryRunner,
    revisionId: string,
    after: PageCursor | null,
  ): Promise<RecommendationExportRecord[]> {
    return (await reader.query(PAGE_SQL, pageParams(revisionId, after, this.pageSize))) as RecommendationExportRecord[];
  }

  /** Writes the processed count where the web app polls it. */
  protected async reportProgress(exportId: string, processed: number): Promise<void> {
    await reportExportProgress(this.db, exportId, processed);
  }

  private async *rows(reader: QueryRunner, revisionId: string): AsyncGenerator<TabularRow> {
    let after: PageCursor | null = null;
    for (;;) {
      const records = await this.page(reader, revisionId, after);
      for (const record of records) yield toExportRow(record);
      if (records.length < this.pageSize) return;
      after = cursorOf(records[records.length - 1]);
    }
  }

  private write(
    format: ExportFormat,
    rows: AsyncIterable<TabularRow>,
    out: Writable,
    onRow: (n: number) => Promise<void>,
  ): Promise<number> {
    const columns = RECOMMENDATION_EXPORT_COLUMNS;
    if (format === ExportFormat.XLSX)
      return writeXlsx(columns, rows, out, { sheetName: 'Handlungsempfehlungen', onRow });
    return writeCsv(columns, rows, out, { onRow });
  }
}

/** The recommendations as the worker exports them. */
export const RECOMMENDATIONS_EXPORT: ExportKind = {
  kind: RECOMMENDATIONS_EXPORT_KIND,
  jobName: 'export.recommendations',
  handler: (db, isFinalAttempt) => new RecommendationExportJob(db, { isFinalAttempt }),
};

/** The worker's export jobs for the recommendations alone (other contexts add their kinds with `exportJobsOf`). */
export const exportJobs: JobContribution = exportJobsOf(RECOMMENDATIONS_EXPORT);
