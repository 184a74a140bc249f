import type { LiveSubscription } from '@konzeptwerk/platform';

/** Events a subscriber may fall behind by before its subscription ends with LiveOverflowError. */
export const LIVE_BUFFER_LIMIT = 1000;

/**
 * A subscriber fell more than LIVE_BUFFER_LIMIT events behind. Its subscription
 * ends with this error instead of silently skipping events: the client knows it
 * missed some, queries the current state and subscribes again.
 */
export class LiveOverflowError extends Error {
  constructor(readonly topic: string) {
    super(`The subscriber of "${topic}" fell more than ${LIVE_BUFFER_LIMIT} events behind; its subscription ended.`);
    this.name = 'LiveOverflowError';
  }
}

type Waiter = { resolve(result: IteratorResult<unknown>): void; reject(error: Error): void };

/**
 * One local subscriber: events are pushed in by the bus and pulled out by
 * the consumer. The buffer is bounded; see LiveOverflowError.
 */
export class BufferedSubscription implements LiveSubscription {
  private readonly buffer: unknown[] = [];
  private readonly waiters: Waiter[] = [];
  private failure: Error | null = null;
  private ended = false;
  private detaching: Promise<void> = Promise.resolve();
  readonly ready: Promise<void>;

  constructor(
    readonly topic: string,
    ready: Promise<void>,
    /** Called once when the subscription ends for any reason: detach from the bus. Never rejects. */
    private readonly detach: (subscription: BufferedSubscription) => Promise<void>,
  ) {
    this.ready = ready;
    // A failed set-up ends the subscription with that error; `ready` keeps rejecting for whoever awaits it.
    ready.catch((error: Error) => this.fail(error));
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Called by the bus for every event of the topic. */
  push(value: unknown): void {
    if (this.ended) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve({ value, done: false });
    else if (this.buffer.length >= LIVE_BUFFER_LIMIT) this.fail(new LiveOverflowError(this.topic));
    else this.buffer.push(value);
  }

  /** Ends the subscription: buffered events are dropped, the next `next()` rejects with `error`. */
  fail(error: Error): void {
    if (this.ended) return;
    this.buffer.length = 0;
    const waiter = this.waiters.shift();
    if (waiter) waiter.reject(error);
    else this.failure = error;
    void this.finish();
  }

  /** Ends the subscription quietly (the bus closes): what is buffered is still delivered. */
  end(): void {
    if (this.ended) return;
    void this.finish();
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift(), done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  async return(): Promise<IteratorResult<unknown>> {
    this.buffer.length = 0;
    this.failure = null;
    await this.finish();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      for (const waiter of this.waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
      this.detaching = this.detach(this);
    }
    return this.detaching;
  }
}
