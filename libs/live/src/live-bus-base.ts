import { Logger } from '@nestjs/common';
import { LIVE_MAX_PAYLOAD_BYTES, type LiveBus, type LiveSubscription } from '@konzeptwerk/platform';
import { BufferedSubscription } from './live-subscription';

/** Topics are short names such as `workshop:<uuid>`; the backend name is derived from them. */
export const LIVE_MAX_TOPIC_LENGTH = 200;

export interface LiveLogger {
  warn(message: string): void;
  error(message: string): void;
}

function checkTopic(topic: string): void {
  if (typeof topic !== 'string' || topic.length === 0 || topic.length > LIVE_MAX_TOPIC_LENGTH)
    throw new Error(`A live topic is a non-empty string of at most ${LIVE_MAX_TOPIC_LENGTH} characters.`);
}

/** The payload as the JSON that travels, refused with a clear message when it is too large. */
export function encodePayload(topic: string, payload: unknown): string {
  const json = JSON.stringify(payload);
  if (json === undefined) throw new Error(`The event for "${topic}" is not JSON-serialisable.`);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > LIVE_MAX_PAYLOAD_BYTES)
    throw new Error(
      `The event for "${topic}" is ${bytes} bytes as JSON; at most ${LIVE_MAX_PAYLOAD_BYTES} may be published. ` +
        'Publish an id and let subscribers query the rest.',
    );
  return json;
}

/**
 * What both backends share: local fan-out of one backend subscription per
 * topic to any number of local subscribers, reference counted, with the
 * backend's listen/unlisten calls for one topic run one after the other (so a
 * quick unsubscribe-then-subscribe cannot leave the topic unlistened).
 */
export abstract class LiveBusBase implements LiveBus {
  private readonly topics = new Map<string, Set<BufferedSubscription>>();
  private readonly topicOps = new Map<string, Promise<void>>();
  protected closed = false;

  constructor(protected readonly logger: LiveLogger = new Logger('LiveBus')) {}

  /** Starts receiving the topic's events from the backend (hand them to `deliver`). */
  protected abstract listen(topic: string): Promise<void>;
  /** Stops receiving them. */
  protected abstract unlisten(topic: string): Promise<void>;
  /** Sends the encoded event to every process. */
  protected abstract send(topic: string, json: string): Promise<void>;
  /** Frees the backend's connections. */
  protected abstract shutdown(): Promise<void>;

  async publish(topic: string, payload: unknown): Promise<void> {
    checkTopic(topic);
    if (this.closed) throw new Error('The live bus is closed.');
    await this.send(topic, encodePayload(topic, payload));
  }

  subscribe(topic: string): LiveSubscription {
    checkTopic(topic);
    if (this.closed) throw new Error('The live bus is closed.');
    let subscribers = this.topics.get(topic);
    const first = !subscribers;
    if (!subscribers) {
      subscribers = new Set();
      this.topics.set(topic, subscribers);
    }
    const ready = first
      ? this.serially(topic, () => this.listen(topic))
      : (this.topicOps.get(topic) ?? Promise.resolve());
    const subscription = new BufferedSubscription(topic, ready, (s) => this.leave(s));
    subscribers.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscribers of this.topics.values()) for (const s of subscribers) s.end();
    this.topics.clear();
    await Promise.allSettled([...this.topicOps.values()]);
    await this.shutdown();
  }

  /** Hands an event from the backend to the topic's local subscribers. */
  protected deliver(topic: string, json: string): void {
    const subscribers = this.topics.get(topic);
    if (!subscribers || subscribers.size === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      this.logger.warn(`Dropped an event for "${topic}" that is not JSON.`);
      return;
    }
    for (const s of subscribers) s.push(value);
  }

  protected get listenedTopics(): string[] {
    return [...this.topics.keys()];
  }

  private async leave(subscription: BufferedSubscription): Promise<void> {
    const subscribers = this.topics.get(subscription.topic);
    if (!subscribers?.delete(subscription) || subscribers.size > 0) return;
    this.topics.delete(subscription.topic);
    if (this.closed) return;
    try {
      await this.serially(subscription.topic, () => this.unlisten(subscription.topic));
    } catch (e) {
      this.logger.warn(`Could not stop listening to "${subscription.topic}": ${(e as Error).message}`);
    }
  }

  /** Runs the backend operations of one topic one after the other. */
  private serially(topic: string, op: () => Promise<void>): Promise<void> {
    const previous = this.topicOps.get(topic) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(op);
    this.topicOps.set(topic, current);
    const forget = () => {
      if (this.topicOps.get(topic) === current) this.topicOps.delete(topic);
    };
    current.then(forget, forget);
    return current;
  }
}
