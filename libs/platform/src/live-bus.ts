/**
 * Events that must reach every API instance at once (a contribution on a
 * workshop board, a vote): published by whichever instance handled the
 * write, delivered to the subscribers on every instance. Backed by Redis
 * pub/sub when REDIS_URL is set, by PostgreSQL LISTEN/NOTIFY otherwise.
 * Delivery is at most once and in order per topic and publisher; clients
 * that were away catch up by querying.
 */
export interface LiveBus {
  /** Sends `payload` (JSON-serialisable, at most LIVE_MAX_PAYLOAD_BYTES as JSON) to every subscriber of `topic`. */
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * Events of `topic` from now on. `ready` settles once the subscription is
   * in place on the backend (events published after it are delivered);
   * `return()` ends it and frees what it holds.
   */
  subscribe(topic: string): LiveSubscription;
  close(): Promise<void>;
}

export interface LiveSubscription extends AsyncIterableIterator<unknown> {
  readonly ready: Promise<void>;
  return(): Promise<IteratorResult<unknown>>;
}

/** Nest injection token of the process's LiveBus. */
export const LIVE_BUS = Symbol('LIVE_BUS');

/** PostgreSQL's NOTIFY takes at most 8000 bytes; events stay well below. */
export const LIVE_MAX_PAYLOAD_BYTES = 7000;
