import { OutboxCommitSubscriber } from '@konzeptwerk/notifications';
import type { DataSource } from 'typeorm';
import type { JobQueues } from '../job-queues';
import type { JobsLogger } from '../queue-backend';
import { DeliverMailJob } from './deliver-mail.job';

/** Longest an enqueue may take before the relay gives up on it and leaves the message to the sweep. */
const ENQUEUE_TIMEOUT_MS = 2_000;

/**
 * Enqueues `mail.deliver` for outbox messages as soon as the transaction that
 * wrote them commits. Best effort by design: the caller's transaction has
 * committed and its request must not wait for or fail on the queue. Whatever
 * does not reach the queue is picked up by the worker's sweep.
 */
export class OutboxRelay {
  private readonly subscriber = new OutboxCommitSubscriber((ids) => void this.relay(ids));
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly queues: JobQueues,
    private readonly logger: JobsLogger,
  ) {}

  start(): void {
    this.db.subscribers.push(this.subscriber);
  }

  /** Stops listening and waits (briefly) for enqueues under way, so the queue can close after them. */
  async stop(): Promise<void> {
    const at = this.db.subscribers.indexOf(this.subscriber);
    if (at >= 0) this.db.subscribers.splice(at, 1);
    await Promise.all(this.inFlight);
  }

  private relay(ids: string[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    const done = Promise.race([DeliverMailJob.enqueue(this.queues, ids), timeout])
      .catch((e: Error) =>
        this.logger.warn(`Could not enqueue ${ids.length} outbox message(s), the sweep will send them: ${e.message}`),
      )
      .finally(() => {
        clearTimeout(timer);
        this.inFlight.delete(done);
      });
    this.inFlight.add(done);
    return done;
  }
}
