import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  type DocumentNode,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Locale } from '@konzeptwerk/contracts';
import { type AuthService, readSessionToken } from '@konzeptwerk/identity';
import { type Actor, Loaders, type RequestContext } from '@konzeptwerk/platform';
import { formatError, localeOf } from './graphql-errors';

/** What graphql-ws (on the `ws` server) hands to the context function and the hooks. */
interface SocketContext {
  readonly connectionParams?: Readonly<Record<string, unknown>>;
  readonly extra: { request: IncomingMessage };
}

export function isSocketContext(value: unknown): value is SocketContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'subscriptions' in value;
}

/** Over the websocket there is no HTTP response; a resolver that reaches for one gets a clear error. */
const noResponse = new Proxy({} as Response, {
  get() {
    throw new Error('A subscription over the websocket has no HTTP response (no cookie can be set).');
  },
});

/** The upgrade request, its cookies parsed once by cookie-parser exactly as for HTTP requests. */
function upgradeRequest(socket: SocketContext): Request {
  const req = socket.extra.request as Request;
  if (!req.cookies) cookieParser()(req, noResponse, () => undefined);
  return req;
}

/**
 * The RequestContext of one subscription: the actor from the session cookie
 * of the upgrade request (none, unknown or expired: anonymous), the locale of
 * that request, loaders that batch per event but cache nothing across events
 * (the context lives as long as the subscription), and the client's
 * connection parameters (e.g. a workshop guest's token).
 */
export function socketRequestContext(auth: AuthService, socket: SocketContext): RequestContext {
  const req = upgradeRequest(socket);
  let actor: Promise<Actor> | undefined;
  return {
    req,
    res: noResponse,
    locale: localeOf(req),
    loaders: new Loaders({ cache: false }),
    actor: () => (actor ??= auth.actorForToken(readSessionToken(req))),
    connectionParams: socket.connectionParams ?? {},
  };
}

/**
 * A browser sends its page's Origin with the upgrade request, and the session
 * cookie too: only the app's own pages may open a socket (what CSRF
 * prevention does for HTTP). Clients that are not browsers send no Origin.
 */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const url = new URL(origin);
    return (
      url.host === req.headers.host || url.origin === new URL(process.env.PUBLIC_URL ?? 'http://localhost:3000').origin
    );
  } catch {
    return false;
  }
}

export interface SubscriptionLimits {
  maxTokens: number;
  /** The rules the HTTP endpoint runs besides GraphQL's own (graphql-armor: depth, cost, aliases, directives). */
  validationRules: ValidationRule[];
  /** In production validation messages suggest no field names (graphql-armor's blockFieldSuggestion on HTTP). */
  production: boolean;
}

function localised(errors: readonly GraphQLError[], locale: Locale): GraphQLFormattedError[] {
  return errors.map((error) => {
    const formatted = formatError(error.toJSON(), error);
    const messages = formatted.extensions?.messages as Record<Locale, string> | undefined;
    return messages ? { ...formatted, message: messages[locale] } : formatted;
  });
}

const refusal = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

/**
 * graphql-ws on the HTTP server and path of /graphql. Apollo's plugins (the
 * token limit of graphql-armor among them) and validation rules do not run
 * there, so the same limits are applied here; and only subscriptions are
 * served, so queries and mutations keep going over HTTP with its CSRF
 * prevention. Errors are formatted and localised as on HTTP.
 */
export function graphqlWsOptions(limits: SubscriptionLimits): GraphQLWsSubscriptionsConfig {
  const rules = [...specifiedRules, ...limits.validationRules];
  const socketOf = (ctx: unknown) => ctx as SocketContext;
  // `validate` and `onError` are graphql-ws options that Nest passes on without declaring them.
  const options: GraphQLWsSubscriptionsConfig & {
    validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
    onError: (ctx: unknown, id: string, payload: unknown, errors: readonly GraphQLError[]) => GraphQLFormattedError[];
  } = {
    connectionInitWaitTimeout: 10_000,
    onConnect: (ctx) => originAllowed(socketOf(ctx).extra.request),
    // Errors thrown by graphql-ws's own parse would close the whole socket: parse here and answer with errors.
    onSubscribe: (_ctx, _id, payload) => {
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (e) {
        return refusal((e as Error).message, 'GRAPHQL_PARSE_FAILED');
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== 'subscription')
        return refusal(
          'Only subscriptions are served over the websocket; queries and mutations go over HTTP.',
          'BAD_REQUEST',
        );
      return undefined;
    },
    validate: (schema, document) =>
      validate(schema, document, rules).map(
        (e) =>
          new GraphQLError(limits.production ? e.message.replace(/ Did you mean .*\?$/, '') : e.message, {
            nodes: e.nodes,
            extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      ),
    onNext: (ctx, _id, _payload, _args, result) =>
      result.errors
        ? { ...result, errors: localised(result.errors, localeOf(upgradeRequest(socketOf(ctx)))) }
        : undefined,
    onError: (ctx, _id, _payload, errors) => localised(errors, localeOf(upgradeRequest(socketOf(ctx)))),
  };
  return options;
}
