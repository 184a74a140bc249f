import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_MESSAGES, formatErrorMessage, type ErrorCode, type Locale } from '@konzeptwerk/contracts';
import { DomainError, type RequestContext } from '@konzeptwerk/platform';

const logger = { error: (...args: unknown[]) => console.error('[graphql]', ...args) };

/** Errors from GraphQL itself (syntax, validation, limits) keep their code and get a German wording. */
const GRAPHQL_CODES: Record<string, { de: string; en: string }> = {
  GRAPHQL_PARSE_FAILED: { de: 'Die Anfrage ist syntaktisch fehlerhaft.', en: 'The request cannot be parsed.' },
  GRAPHQL_VALIDATION_FAILED: { de: 'Die Anfrage ist ungültig.', en: 'The request is not valid.' },
  BAD_USER_INPUT: { de: 'Die Eingaben sind nicht gültig.', en: 'The input is not valid.' },
  BAD_REQUEST: { de: 'Die Anfrage ist ungültig.', en: 'The request is not valid.' },
  PERSISTED_QUERY_NOT_FOUND: { de: 'Anfrage nicht gefunden.', en: 'Query not found.' },
};

/**
 * The one place that turns thrown errors into what clients see: domain errors
 * get their stable code and both wordings; unexpected errors are logged and
 * shown as INTERNAL without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: formatErrorMessage(original.code, 'de', original.params),
      path: formatted.path,
      extensions: {
        code: original.code,
        messages: {
          de: formatErrorMessage(original.code, 'de', original.params),
          en: formatErrorMessage(original.code, 'en', original.params),
        },
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && (GRAPHQL_CODES[code] || !original)) {
    const wording = GRAPHQL_CODES[code] ?? { de: formatted.message, en: formatted.message };
    return {
      ...formatted,
      extensions: {
        code,
        messages: { de: `${wording.de} (${formatted.message})`, en: formatted.message },
      },
    };
  }
  logger.error(original ?? error);
  return internalError(formatted.path);
}

function internalError(path: GraphQLFormattedError['path']): GraphQLFormattedError {
  const code: ErrorCode = 'INTERNAL';
  return {
    message: ERROR_MESSAGES[code].de,
    path,
    extensions: { code, messages: { de: ERROR_MESSAGES[code].de, en: ERROR_MESSAGES[code].en } },
  };
}

/** Answers each error in the language of the request (cookie kw_lang or Accept-Language). */
export const localiseErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const locale: Locale = contextValue?.locale ?? 'de';
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const messages = e.extensions?.messages as Record<Locale, string> | undefined;
          return messages ? { ...e, message: messages[locale] } : e;
        });
      },
    };
  },
};

export function localeOf(req: {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
}): Locale {
  const chosen = req.cookies?.kw_lang;
  if (chosen === 'de' || chosen === 'en') return chosen;
  const header = String(req.headers['accept-language'] ?? '');
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}
