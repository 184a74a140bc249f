import { Writable } from 'node:stream';
import { In, Not, type DataSource, type QueryRunner } from 'typeorm';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import { DataExport, isUuid, writeCsv, writeXlsx, type JobEnqueuer, type TabularRow } from '@konzeptwerk/platform';
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
const QUEUE = 'exports' as const;
/** Attempts BullMQ makes (with backoff) before the export is marked FAILED. */
export const EXPORT_ATTEMPTS = 3;

export interface RecommendationExportData {
  exportId: string;
}

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

/** Collects what a writer produces; the file is stored only once it is complete. */
function bufferSink(): { out: Writable; content: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      done();
    },
  });
  // The writers destroy the output with the error they reject with; without a listener it would crash the process.
  out.on('error', () => undefined);
  return { out, content: () => Buffer.concat(chunks) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

/**
 * `export.recommendations`: builds one DataExport file (CSV or XLSX) with every recommendation of a
 * revision. Reads in one REPEATABLE READ snapshot, so the total announced up front and the rows written
 * agree even while people keep editing. Writes progress as it goes; stores file and DONE in one statement,
 * so a partial file is never visible. Idempotent: a DONE export is left as it is.
 */
export class RecommendationExportJob implements JobHandler<RecommendationExportData> {
  static readonly jobName = 'export.recommendations';
  readonly queue = QUEUE;
  readonly name = RecommendationExportJob.jobName;

  /** One job per export, so the API's enqueue and any number of sweeps make one job while it waits or runs. */
  static jobId(exportId: string): string {
    return `export-${exportId}`;
  }

  static enqueue(enqueuer: JobEnqueuer, exportId: string): Promise<void> {
    return enqueuer.enqueue(QUEUE, RecommendationExportJob.jobName, { exportId } satisfies RecommendationExportData, {
      jobId: RecommendationExportJob.jobId(exportId),
      attempts: EXPORT_ATTEMPTS,
    });
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
        await this.markFailed(exportId, 'Die Fortschreibung gibt es nicht mehr.');
        return 'failed';
      }
      const [{ total }] = (await reader.query(
        'SELECT count(*)::int AS total FROM recommendation WHERE revision_id = $1',
        [row.revisionId],
      )) as { total: number }[];
      const started = await exports.update(
        { id: exportId, status: Not(ExportStatus.DONE) },
        { status: ExportStatus.RUNNING, total, processed: 0, error: null },
      );
      if (!started.affected) return 'done';

      const sink = bufferSink();
      const count = await this.write(
        row.format,
        this.rows(reader, row.revisionId!),
        sink.out,
        this.throttled(exportId),
      );
      await reader.commitTransaction();
      const content = sink.content();
      const finishedAt = new Date();
      await this.db.transaction(async (tx) => {
        // Guarded by status: a second run that finishes later does not replace the file people may be downloading.
        await tx.getRepository(DataExport).update(
          { id: exportId, status: Not(ExportStatus.DONE) },
          {
            status: ExportStatus.DONE,
            content,
            byteSize: content.length,
            fileName: exportFileName(revision.title, row.format, finishedAt),
            contentType: CONTENT_TYPES[row.format],
            processed: count,
            error: null,
            finishedAt,
          },
        );
      });
      return 'done';
    } catch (e) {
      await this.recordFailure(exportId, e);
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
    await this.db.getRepository(DataExport).update({ id: exportId, status: ExportStatus.RUNNING }, { processed });
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

  /** Progress visible within about half a second, without an UPDATE per row. */
  private throttled(exportId: string): (processed: number) => Promise<void> {
    let rows = 0;
    let at = Date.now();
    return async (processed) => {
      if (processed - rows < this.progressEveryRows && Date.now() - at < this.progressEveryMs) return;
      rows = processed;
      at = Date.now();
      await this.reportProgress(exportId, processed);
    };
  }

  private async recordFailure(exportId: string, error: unknown): Promise<void> {
    // If the queue cannot be asked, FAILED is the safe answer: a retry that still comes sets RUNNING again.
    const final = await this.isFinalAttempt(exportId).catch(() => true);
    if (final) await this.markFailed(exportId, messageOf(error)).catch(() => undefined);
    else
      await this.db
        .getRepository(DataExport)
        .update({ id: exportId, status: Not(ExportStatus.DONE) }, { status: ExportStatus.QUEUED, processed: 0 })
        .catch(() => undefined);
  }

  private async markFailed(exportId: string, error: string): Promise<void> {
    await this.db
      .getRepository(DataExport)
      .update(
        { id: exportId, status: Not(ExportStatus.DONE) },
        { status: ExportStatus.FAILED, error, finishedAt: new Date() },
      );
  }
}

/** BullMQ states in which the job will still run (or is running): the sweep leaves those alone. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

export interface ExportSweepOptions {
  /** QUEUED exports younger than this are left to the API's own enqueue. */
  queuedGraceMs?: number;
}

/**
 * `export.sweep`: makes sure every unfinished export has a job. QUEUED exports older than 30 s (the API's
 * enqueue after commit failed or was lost) and RUNNING ones are checked against the queue: a job that waits,
 * runs or waits for its retry is left alone (BullMQ itself takes over jobs of a worker that died); one that
 * BullMQ gave up on marks the export FAILED with its reason; a missing one is enqueued again. Asking the queue
 * rather than timing progress also catches a stalled export whose job is gone, without mistaking a slow one
 * for it; the deterministic job id makes a repeated enqueue a no-op anyway.
 */
export class ExportSweepJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'export.sweep';
  readonly queue = QUEUE;
  readonly name = ExportSweepJob.jobName;

  /** Every worker upserts the same scheduler id, so there is one sweep per interval however many run. */
  static async schedule(queues: JobQueues, everyMs = 30_000): Promise<void> {
    await queues
      .get(QUEUE)
      .upsertJobScheduler(
        ExportSweepJob.jobName,
        { every: everyMs },
        { name: ExportSweepJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  private readonly queuedGraceMs: number;

  constructor(
    private readonly db: DataSource,
    private readonly queues: JobQueues,
    options: ExportSweepOptions = {},
  ) {
    this.queuedGraceMs = options.queuedGraceMs ?? 30_000;
  }

  async handle(): Promise<{ enqueued: number; failed: number }> {
    const candidates = (await this.db.query(
      `SELECT id FROM data_export
        WHERE kind = $1
          AND (status = 'RUNNING' OR (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2)))
        ORDER BY created_at`,
      [RECOMMENDATIONS_EXPORT_KIND, this.queuedGraceMs / 1000],
    )) as { id: string }[];
    let enqueued = 0;
    let failed = 0;
    const errors: string[] = [];
    for (const { id } of candidates) {
      try {
        const outcome = await this.sweepOne(id);
        if (outcome === 'enqueued') enqueued++;
        if (outcome === 'failed') failed++;
      } catch (e) {
        // One export the queue cannot handle must not keep the others from being swept.
        errors.push(`${id}: ${messageOf(e)}`);
      }
    }
    if (errors.length) throw new Error(`export sweep: ${errors.length} export(s) not swept (${errors.join('; ')})`);
    return { enqueued, failed };
  }

  private async sweepOne(id: string): Promise<'left' | 'failed' | 'enqueued'> {
    const exports = this.db.getRepository(DataExport);
    const unfinished = In([ExportStatus.QUEUED, ExportStatus.RUNNING]);
    const job = await this.queues.get(QUEUE).getJob(RecommendationExportJob.jobId(id));
    const state = job ? await job.getState() : 'missing';
    if (LIVE_STATES.has(state)) return 'left';
    if (job && state === 'failed') {
      // The handler could not record its last failure (e.g. the worker died on it): BullMQ's reason stands.
      const marked = await exports.update(
        { id, status: unfinished },
        {
          status: ExportStatus.FAILED,
          error: (job.failedReason || 'Der Export ist abgebrochen.').slice(0, 1000),
          finishedAt: new Date(),
        },
      );
      return marked.affected ? 'failed' : 'left';
    }
    // Completed without a file, or no job at all: nothing will run it any more unless it is enqueued again.
    // Checked again here, because the job may have finished the export since the candidates were read.
    if (!(await exports.existsBy({ id, status: unfinished }))) return 'left';
    if (job) await job.remove();
    await RecommendationExportJob.enqueue(this.queues, id);
    return 'enqueued';
  }
}

/** Asks the queue whether the job running an export is on its last attempt. */
export const finalAttemptCheck =
  (queues: JobQueues) =>
  async (exportId: string): Promise<boolean> => {
    const job = await queues.get(QUEUE).getJob(RecommendationExportJob.jobId(exportId));
    return !job || job.attemptsMade + 1 >= Math.max(1, job.opts.attempts ?? 1);
  };

/** The recommendations context's share of the worker: the export job and its sweep, scheduled every 30 s. */
export const exportJobs: JobContribution = async ({ db, queues, logger }) => {
  const sweep = new ExportSweepJob(db, queues);
  await ExportSweepJob.schedule(queues);
  // Catch up at once on exports requested while no worker ran; the schedule retries if this fails.
  await sweep.handle().catch((e: unknown) => logger.warn(`export sweep at start failed: ${messageOf(e)}`));
  return [new RecommendationExportJob(db, { isFinalAttempt: finalAttemptCheck(queues) }), sweep];
};
