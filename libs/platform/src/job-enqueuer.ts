/**
 * How a bounded context hands work to the worker without depending on the
 * queue library: the jobs module provides it under this token.
 */
export const JOB_ENQUEUER = Symbol('JobEnqueuer');

export interface EnqueueOptions {
  /** Deterministic id: enqueuing the same work twice makes one job while it waits or runs. BullMQ forbids ':'. */
  jobId: string;
  delayMs?: number;
  attempts?: number;
}

export interface JobEnqueuer {
  enqueue(queue: string, name: string, data: object, options: EnqueueOptions): Promise<void>;
}
