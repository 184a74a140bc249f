import { mapLiveEvents } from '@konzeptwerk/platform';
import { BufferedSubscription, LIVE_BUFFER_LIMIT, LiveOverflowError } from './live-subscription';

function subscription() {
  const detached: BufferedSubscription[] = [];
  const sub = new BufferedSubscription('board:1', Promise.resolve(), async (s) => {
    detached.push(s);
  });
  return { sub, detached };
}

describe('BufferedSubscription', () => {
  it('hands events to a waiting consumer and buffers them for a later one, in order', async () => {
    const { sub } = subscription();
    const waiting = sub.next();
    sub.push('a');
    sub.push('b');
    sub.push('c');
    expect(await waiting).toEqual({ value: 'a', done: false });
    expect(await sub.next()).toEqual({ value: 'b', done: false });
    expect(await sub.next()).toEqual({ value: 'c', done: false });
  });

  it(`keeps ${LIVE_BUFFER_LIMIT} unread events, and ends with LiveOverflowError at one more`, async () => {
    const { sub, detached } = subscription();
    for (let i = 0; i < LIVE_BUFFER_LIMIT; i++) sub.push(i);
    expect(sub.isEnded).toBe(false);
    expect(await sub.next()).toEqual({ value: 0, done: false });
    sub.push(LIVE_BUFFER_LIMIT);
    sub.push(LIVE_BUFFER_LIMIT + 1);
    expect(sub.isEnded).toBe(true);
    expect(detached).toEqual([sub]);
    await expect(sub.next()).rejects.toThrow(LiveOverflowError);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('return() ends a pending next() and detaches once', async () => {
    const { sub, detached } = subscription();
    const pending = sub.next();
    await sub.return();
    await sub.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    sub.push('late');
    expect(await sub.next()).toEqual({ value: undefined, done: true });
    expect(detached).toHaveLength(1);
  });

  it('a failed set-up ends the subscription with its error', async () => {
    const failed = new BufferedSubscription('t', Promise.reject(new Error('no connection')), async () => undefined);
    await expect(failed.ready).rejects.toThrow('no connection');
    await expect(failed.next()).rejects.toThrow('no connection');
  });
});

describe('mapLiveEvents', () => {
  it('delivers `first`, maps events, skips nulls, and its return() ends a pending wait at once', async () => {
    const { sub, detached } = subscription();
    const events = mapLiveEvents(sub, (e) => (e === 'skip' ? null : `mapped ${String(e)}`), ['ready']);
    expect(await events.next()).toEqual({ value: 'ready', done: false });
    sub.push('skip');
    sub.push('x');
    expect(await events.next()).toEqual({ value: 'mapped x', done: false });
    const pending = events.next();
    await events.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(detached).toEqual([sub]);
  });
});
