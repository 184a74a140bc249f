import { Writable } from 'node:stream';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { type ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
// Types only: @konzeptwerk/jobs imports @konzeptwerk/database, which imports this library.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import { audit, DataExport, type JobEnqueuer } from '@konzeptwerk/platform';

/**
 * What every export job shares: the `exports` queue with one job per export
 * (deterministic id), retries before FAILED, throttled progress, the file
 * buffered until complete or appended to the export's row as it is written,
 * and the sweep that gives every unfinished export a job again. An export
 * kind (recommendations as CSV/XLSX, a conference's documentation as
 * PDF/DOCX, …) brings only its handler.
 */
export const EXPORT_QUEUE = 'exports' as const;
/** Attempts BullMQ makes (with backoff) before the export is marked FAILED. */
export const EXPORT_ATTEMPTS = 3;
/** Longest a request waits for the queue; after that the sweep enqueues the export. */
const ENQUEUE_TIMEOUT_MS = 2_000;

export interface ExportJobData {
  exportId: string;
}

/** One job per export, so the API's enqueue and any number of sweeps make one job while it waits or runs. */
export const exportJobId = (exportId: string): string => `export-${exportId}`;

export function enqueueExport(enqueuer: JobEnqueuer, jobName: string, exportId: string): Promise<void> {
  return enqueuer.enqueue(EXPORT_QUEUE, jobName, { exportId } satisfies ExportJobData, {
    jobId: exportJobId(exportId),
    attempts: EXPORT_ATTEMPTS,
  });
}

/**
 * Enqueues after the export row committed, best effort: the request must neither fail nor hang on the
 * queue. Should it not answer, the export stays QUEUED and the worker's sweep enqueues it within a minute.
 */
export async function enqueueAfterCommit(
  enqueuer: JobEnqueuer,
  jobName: string,
  exportId: string,
  logger: { warn(message: string): void },
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  try {
    await Promise.race([enqueueExport(enqueuer, jobName, exportId), timeout]);
  } catch (e) {
    logger.warn(`Could not enqueue export ${exportId}, the sweep will: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** A requested export, QUEUED, with its audit entry, in the caller's transaction (enqueue after it commits). */
export async function recordExportRequest(
  tx: EntityManager,
  request: {
    kind: string;
    format: ExportFormat;
    regionId: string;
    revisionId: string;
    subjectId?: string;
    requestedById: string;
  },
): Promise<DataExport> {
  const exports = tx.getRepository(DataExport);
  const row = await exports.save(exports.create({ ...request, status: ExportStatus.QUEUED }));
  await audit(tx, {
    regionId: request.regionId,
    revisionId: request.revisionId,
    actorId: request.requestedById,
    action: 'export.requested',
    entityType: 'DataExport',
    entityId: row.id,
    after: { kind: row.kind, format: row.format, ...(request.subjectId ? { subjectId: request.subjectId } : {}) },
  });
  return row;
}

export const exportErrorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

/** Collects what a writer produces; the file is stored only once it is complete. */
export function bufferSink(): { out: Writable; content: () => Buffer } {
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

/**
 * Writes `processed` where the web app polls it, after `everyItems` items or `everyMs`, whichever comes
 * first: progress visible within about half a second, without an UPDATE per item.
 */
export function throttledProgress(
  report: (processed: number) => Promise<void>,
  everyItems: number,
  everyMs: number,
): (processed: number) => Promise<void> {
  let items = 0;
  let at = Date.now();
  return async (processed) => {
    if (processed - items < everyItems && Date.now() - at < everyMs) return;
    items = processed;
    at = Date.now();
    await report(processed);
  };
}

/** The running export's progress; a finished one is left alone. */
export async function reportExportProgress(db: DataSource, exportId: string, processed: number): Promise<void> {
  await db.getRepository(DataExport).update({ id: exportId, status: ExportStatus.RUNNING }, { processed });
}

/**
 * Claims an export for this attempt: RUNNING with its total, and no content, so a file appended in chunks
 * starts from nothing. False when it is DONE already.
 */
export async function startExport(db: DataSource, exportId: string, total: number): Promise<boolean> {
  const started = await db
    .getRepository(DataExport)
    .update(
      { id: exportId, status: Not(ExportStatus.DONE) },
      { status: ExportStatus.RUNNING, total, processed: 0, error: null, content: null },
    );
  return !!started.affected;
}

/** What is appended to an export's content per statement while it is written. */
export const APPEND_CHUNK_BYTES = 1024 * 1024;

/**
 * A sink that appends what a writer produces to the RUNNING export's `content` in chunks of about
 * `chunkBytes`, so neither the worker nor one statement ever holds the whole file. Each append names the
 * length it expects the content to have: should another attempt have restarted the export meanwhile, the
 * append matches nothing and this attempt fails instead of interleaving its bytes with the other's.
 */
export function columnSink(
  db: DataSource,
  exportId: string,
  chunkBytes = APPEND_CHUNK_BYTES,
): { out: Writable; bytes: () => number } {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let stored = 0;
  const flush = async () => {
    if (!pendingBytes) return;
    const chunk = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    const [, affected] = (await db.query(
      `UPDATE data_export SET content = coalesce(content, ''::bytea) || $2
        WHERE id = $1 AND status = 'RUNNING' AND coalesce(octet_length(content), 0) = $3`,
      [exportId, chunk, stored],
    )) as [unknown, number];
    if (affected !== 1) throw new Error('Der Export wurde inzwischen neu gestartet oder beendet.');
    stored += chunk.length;
  };
  const out = new Writable({
    highWaterMark: chunkBytes,
    write(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes < chunkBytes) return done();
      flush().then(() => done(), done);
    },
    final(done) {
      flush().then(() => done(), done);
    },
  });
  // The writers destroy the output with the error they reject with; without a listener it would crash the process.
  out.on('error', () => undefined);
  return { out, bytes: () => stored };
}

/**
 * Stores DONE with the file's name and type, in one statement, so a partial file is never visible. With
 * `content` the file is stored in the same statement; without it the content was appended while RUNNING
 * (`columnSink`) and is only measured: it must have the `byteSize` this attempt wrote. Guarded by status: a
 * second run that finishes later does not replace the file people may be downloading.
 */
export async function finishExport(
  db: DataSource,
  exportId: string,
  file: { fileName: string; contentType: string; processed: number } & (
    { content: Buffer } | { content?: undefined; byteSize: number }
  ),
): Promise<void> {
  if (file.content === undefined) {
    const [, affected] = (await db.query(
      `UPDATE data_export
          SET status = 'DONE', byte_size = coalesce(octet_length(content), 0), file_name = $2, content_type = $3,
              processed = $4, error = NULL, finished_at = now()
        WHERE id = $1 AND status = 'RUNNING' AND coalesce(octet_length(content), 0) = $5`,
      [exportId, file.fileName, file.contentType, file.processed, file.byteSize],
    )) as [unknown, number];
    if (affected !== 1) throw new Error('Der Export wurde inzwischen neu gestartet oder beendet.');
    return;
  }
  await db.getRepository(DataExport).update(
    { id: exportId, status: Not(ExportStatus.DONE) },
    {
      status: ExportStatus.DONE,
      content: file.content,
      byteSize: file.content.length,
      fileName: file.fileName,
      contentType: file.contentType,
      processed: file.processed,
      error: null,
      finishedAt: new Date(),
    },
  );
}

export async function markExportFailed(db: DataSource, exportId: string, error: string): Promise<void> {
  await db
    .getRepository(DataExport)
    .update(
      { id: exportId, status: Not(ExportStatus.DONE) },
      { status: ExportStatus.FAILED, error, finishedAt: new Date() },
    );
}

/**
 * After an attempt failed: FAILED on the last attempt BullMQ makes, otherwise back to QUEUED for the retry.
 * If the queue cannot be asked, FAILED is the safe answer: a retry that still comes sets RUNNING again.
 */
export async function recordExportFailure(
  db: DataSource,
  exportId: string,
  error: unknown,
  isFinalAttempt: (exportId: string) => Promise<boolean>,
): Promise<void> {
  const final = await isFinalAttempt(exportId).catch(() => true);
  if (final) await markExportFailed(db, exportId, exportErrorMessage(error)).catch(() => undefined);
  else
    await db
      .getRepository(DataExport)
      .update({ id: exportId, status: Not(ExportStatus.DONE) }, { status: ExportStatus.QUEUED, processed: 0 })
      .catch(() => undefined);
}

/** Asks the queue whether the job running an export is on its last attempt. */
export const finalAttemptCheck =
  (queues: JobQueues) =>
  async (exportId: string): Promise<boolean> => {
    const job = await queues.get(EXPORT_QUEUE).getJob(exportJobId(exportId));
    return !job || job.attemptsMade + 1 >= Math.max(1, job.opts.attempts ?? 1);
  };

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
 * for it; the deterministic job id makes a repeated enqueue a no-op anyway. `jobNames` maps each export kind
 * the sweep looks after to the job that builds it.
 */
export class ExportSweepJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'export.sweep';
  readonly queue = EXPORT_QUEUE;
  readonly name = ExportSweepJob.jobName;

  /** Every worker upserts the same scheduler id, so there is one sweep per interval however many run. */
  static async schedule(queues: JobQueues, everyMs = 30_000): Promise<void> {
    await queues
      .get(EXPORT_QUEUE)
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
    private readonly jobNames: Readonly<Record<string, string>>,
    options: ExportSweepOptions = {},
  ) {
    this.queuedGraceMs = options.queuedGraceMs ?? 30_000;
  }

  async handle(): Promise<{ enqueued: number; failed: number }> {
    const candidates = (await this.db.query(
      `SELECT id, kind FROM data_export
        WHERE kind = ANY($1)
          AND (status = 'RUNNING' OR (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2)))
        ORDER BY created_at`,
      [Object.keys(this.jobNames), this.queuedGraceMs / 1000],
    )) as { id: string; kind: string }[];
    let enqueued = 0;
    let failed = 0;
    const errors: string[] = [];
    for (const { id, kind } of candidates) {
      try {
        const outcome = await this.sweepOne(id, this.jobNames[kind]);
        if (outcome === 'enqueued') enqueued++;
        if (outcome === 'failed') failed++;
      } catch (e) {
        // One export the queue cannot handle must not keep the others from being swept.
        errors.push(`${id}: ${exportErrorMessage(e)}`);
      }
    }
    if (errors.length) throw new Error(`export sweep: ${errors.length} export(s) not swept (${errors.join('; ')})`);
    return { enqueued, failed };
  }

  private async sweepOne(id: string, jobName: string): Promise<'left' | 'failed' | 'enqueued'> {
    const exports = this.db.getRepository(DataExport);
    const unfinished = In([ExportStatus.QUEUED, ExportStatus.RUNNING]);
    const job = await this.queues.get(EXPORT_QUEUE).getJob(exportJobId(id));
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
    await enqueueExport(this.queues, jobName, id);
    return 'enqueued';
  }
}

/** An export kind as the worker runs it: the `data_export.kind` it builds, and its job. */
export interface ExportKind {
  kind: string;
  jobName: string;
  handler(db: DataSource, isFinalAttempt: (exportId: string) => Promise<boolean>): JobHandler;
}

/** The worker's share for exports: one handler per kind and one sweep for them all, scheduled every 30 s. */
export const exportJobsOf =
  (...kinds: ExportKind[]): JobContribution =>
  async ({ db, queues, logger }) => {
    const sweep = new ExportSweepJob(db, queues, Object.fromEntries(kinds.map((k) => [k.kind, k.jobName])));
    await ExportSweepJob.schedule(queues);
    // Catch up at once on exports requested while no worker ran; the schedule retries if this fails.
    await sweep.handle().catch((e: unknown) => logger.warn(`export sweep at start failed: ${exportErrorMessage(e)}`));
    return [...kinds.map((k) => k.handler(db, finalAttemptCheck(queues))), sweep];
  };

/**
 * What an export kind prepares before writing: how many steps, and how to write the file — whole (`write`,
 * for files built in one piece) or streamed into the export's row as it is written (`stream`, for files that
 * grow with the data). `release` is called once the attempt is over, whatever its outcome (e.g. to end the
 * snapshot the plan read in).
 */
export type ExportPlan =
  | ({ total: number; release?: () => Promise<void> } & (
      | {
          /** Writes the file, reporting each finished step; `processed` is stored as `total` when done. */
          write(
            progress: (processed: number) => Promise<void>,
          ): Promise<{ content: Buffer; fileName: string; contentType: string }>;
        }
      | {
          /** Writes the file into `out` and ends it; resolves with the steps done, which are stored as `processed`. */
          stream(
            out: Writable,
            progress: (processed: number) => Promise<void>,
          ): Promise<{ processed: number; fileName: string; contentType: string }>;
        }
    ))
  | { failed: string };

/**
 * One attempt at an export, the way every export kind runs it: a DONE export is left alone; the plan is made
 * (or the export fails for good when there is nothing left to export); the export is claimed RUNNING with
 * its total, written with progress (whole, or appended in chunks as it is written), and marked DONE in one
 * statement; a failure goes back to QUEUED for BullMQ's retry or, on the last attempt, marks it FAILED.
 */
export async function runExport(
  db: DataSource,
  data: ExportJobData | undefined,
  options: {
    isFinalAttempt: (exportId: string) => Promise<boolean>;
    progress: (exportId: string, processed: number) => Promise<void>;
    plan: (row: DataExport) => Promise<ExportPlan>;
  },
): Promise<'missing' | 'done' | 'failed'> {
  const exportId = data?.exportId;
  if (typeof exportId !== 'string' || !/^[0-9a-f-]{36}$/i.test(exportId)) return 'missing';
  const row = await db.getRepository(DataExport).findOneBy({ id: exportId });
  if (!row) return 'missing';
  if (row.status === ExportStatus.DONE) return 'done';
  let plan: ExportPlan | undefined;
  try {
    plan = await options.plan(row);
    if ('failed' in plan) {
      // Nothing a retry could change.
      await markExportFailed(db, exportId, plan.failed);
      return 'failed';
    }
    if (!(await startExport(db, exportId, plan.total))) return 'done';
    const progress = (processed: number) => options.progress(exportId, processed);
    if ('stream' in plan) {
      const sink = columnSink(db, exportId);
      const file = await plan.stream(sink.out, progress);
      await finishExport(db, exportId, { ...file, byteSize: sink.bytes() });
    } else {
      const file = await plan.write(progress);
      await finishExport(db, exportId, { ...file, processed: plan.total });
    }
    return 'done';
  } catch (e) {
    await recordExportFailure(db, exportId, e, options.isFinalAttempt);
    throw e;
  } finally {
    if (plan && 'release' in plan) await plan.release?.();
  }
}
