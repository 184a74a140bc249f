import { DataSource } from 'typeorm';
import { connectAndMigrate, dataSourceOptions } from '@konzeptwerk/database';
import { type Mailer, OutboxDelivery, smtpMailer } from '@konzeptwerk/notifications';
import { createJobQueues, type JobQueues } from './job-queues';
import { createWorkers, type JobHandler } from './job-workers';
import { describeQueueBackend, redact, type WorkerConfig } from './jobs.config';
import { DeliverMailJob } from './mail/deliver-mail.job';
import { SweepMailJob } from './mail/sweep-mail.job';
import type { JobsLogger } from './queue-backend';

export interface RunningJobWorker {
  /** One line for the log: backend, concurrency, what runs. */
  summary: string;
  /** Lets running jobs finish, then closes workers, queues and the database. */
  close(): Promise<void>;
}

export interface JobContext {
  db: DataSource;
  queues: JobQueues;
  config: WorkerConfig;
  logger: JobsLogger;
}

/**
 * A bounded context's share of the worker: its handlers, after scheduling any
 * repeatable jobs it needs. The worker app composes them.
 */
export type JobContribution = (context: JobContext) => Promise<JobHandler[]> | JobHandler[];

/** The worker process: mail delivery plus every contributed job handler on the configured backend. */
export async function startJobWorker(
  config: WorkerConfig,
  logger: JobsLogger = console,
  contributions: JobContribution[] = [],
): Promise<RunningJobWorker> {
  const db = config.migrate
    ? await connectAndMigrate(config.databaseUrl)
    : await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  const queues = createJobQueues(config, { logger });
  const handlers: JobHandler[] = [];
  let mailer: Mailer | null = null;
  let mail = 'mail delivery off';
  try {
    if (config.smtpUrl) {
      mailer = smtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
      const delivery = new OutboxDelivery(db, mailer, config.mail.maxAttempts);
      const sweep = new SweepMailJob(delivery, queues);
      handlers.push(new DeliverMailJob(delivery), sweep);
      await SweepMailJob.schedule(queues, config.mailSweepIntervalMs);
      // Catch up at once on whatever was written while no worker ran.
      await sweep.handle();
      mail = `mail via ${redact(config.smtpUrl)}`;
    } else {
      logger.warn(
        'Mail delivery is off: SMTP_URL is not set. Messages stay PENDING in the outbox (Postausgang) and go out once it is set.',
      );
    }
    for (const contribute of contributions) handlers.push(...(await contribute({ db, queues, config, logger })));
  } catch (e) {
    await queues.close();
    mailer?.close();
    await db.destroy();
    throw e;
  }
  const workers = createWorkers(config, handlers, logger);
  return {
    summary: `queues on ${describeQueueBackend(config)}, concurrency ${config.concurrency}, ${mail}`,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      mailer?.close();
      await db.destroy();
    },
  };
}
