import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { Locale } from '@konzeptwerk/contracts';
import { Actor } from './actor';

/** Per-request DataLoaders, created on first use, so lists cost a constant number of queries. */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * `cache: false` for a subscription, whose context lives as long as it does:
   * loads are still batched per event, but no event sees rows cached by an earlier one.
   */
  constructor(private readonly options: { cache: boolean } = { cache: true }) {}

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: this.options.cache });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * What every resolver gets. Over HTTP: one per request. Over the websocket
 * (subscriptions only): one per subscription, where `req` is the upgrade
 * request (cookies and headers, none of Express's additions such as `ip`),
 * `res` refuses every use (there is no response to set a cookie on) and
 * `connectionParams` holds what the client sent when it connected.
 */
export interface RequestContext {
  req: Request;
  res: Response;
  locale: Locale;
  loaders: Loaders;
  /** Resolved lazily from the session cookie, once per request (or subscription). */
  actor(): Promise<Actor>;
  /** The websocket's `connection_init` payload, e.g. `{ guestToken }`; absent over HTTP. */
  connectionParams?: Readonly<Record<string, unknown>>;
}

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(context).getContext<RequestContext>(),
);

/** Groups rows by a key in the order DataLoader asked for them. */
export function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export function indexBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map<K, T>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}
