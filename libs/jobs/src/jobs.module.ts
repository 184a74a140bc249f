import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_ENQUEUER } from '@konzeptwerk/platform';
import { createJobQueues, JobQueues } from './job-queues';
import { jobsConfigFromEnv } from './jobs.config';
import { OutboxRelay } from './mail/outbox-relay';

export interface JobsModuleOptions {
  /** The app's database; the rest comes from the environment (REDIS_URL, QUEUE_PREFIX, MAIL_*). */
  databaseUrl: string;
}

const logger = new Logger('Jobs');

/** Wires the outbox relay to the app's DataSource and closes relay and queues with the app. */
@Injectable()
class JobsLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {
    this.relay = new OutboxRelay(db, queues, logger);
  }

  onModuleInit(): void {
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.queues.close();
  }
}

/** The producer side of the job queues for the API: import once, with the app's database. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [
        {
          provide: JobQueues,
          useFactory: () =>
            createJobQueues(jobsConfigFromEnv(process.env, options.databaseUrl), {
              failFast: true,
              logger,
            }),
        },
        { provide: JOB_ENQUEUER, useExisting: JobQueues },
        JobsLifecycle,
      ],
      exports: [JobQueues, JOB_ENQUEUER],
    };
  }
}
