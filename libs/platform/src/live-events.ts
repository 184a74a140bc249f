import type { LiveSubscription } from './live-bus';

/**
 * A subscription's events mapped for a GraphQL subscription resolver:
 * `first` is delivered before any event, events mapped to null are skipped.
 *
 * Use this rather than an async generator around `for await`: graphql-ws
 * ends a subscription with `return()`, and an async generator waiting for
 * its next event runs that `return()` (and its `finally`) only after one
 * more event arrives, so the topic stays subscribed until then. Here
 * `return()` ends the live subscription at once.
 */
export function mapLiveEvents<T>(
  subscription: LiveSubscription,
  map: (event: unknown) => Promise<T | null> | T | null,
  first: readonly T[] = [],
): AsyncIterableIterator<T> {
  const queued = [...first];
  const done = (): IteratorResult<T> => ({ value: undefined, done: true });
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      if (queued.length > 0) return { value: queued.shift() as T, done: false };
      for (;;) {
        const event = await subscription.next();
        if (event.done) return done();
        const value = await map(event.value);
        if (value !== null) return { value, done: false };
      }
    },
    async return() {
      queued.length = 0;
      await subscription.return();
      return done();
    },
    async throw(error: unknown) {
      queued.length = 0;
      await subscription.return();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
