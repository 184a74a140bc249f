import type { Response } from 'express';
import { formatErrorMessage, type ErrorCode } from '@konzeptwerk/contracts';
import type { DomainError } from './domain-error';

/** The errors the file routes answer outside GraphQL, in the same shape as the API's errors. */
const ANSWERS = {
  401: { code: 'UNAUTHENTICATED', de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  403: {
    code: 'CSRF_REJECTED',
    de: 'Die Anfrage kam nicht von den Seiten dieser Anwendung und wurde abgewiesen.',
    en: 'The request did not come from this application’s pages and was rejected.',
  },
  404: { code: 'NOT_FOUND', de: 'Der Eintrag wurde nicht gefunden.', en: 'The item was not found.' },
  409: { code: 'NOT_READY', de: 'Die Datei ist noch nicht fertig.', en: 'The file is not ready yet.' },
} as const;

export type HttpAnswer = keyof typeof ANSWERS;

export function answerHttp(res: Response, status: HttpAnswer): void {
  const { code, de, en } = ANSWERS[status];
  res.status(status).json({ code, message: de, messages: { de, en } });
}

/** HTTP statuses for the domain's codes on routes outside GraphQL; everything else is a 400. */
const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A domain error on a route outside GraphQL: the same code and both wordings as GraphQL gives them. */
export function answerDomainError(res: Response, e: DomainError): void {
  const de = formatErrorMessage(e.code, 'de', e.params);
  const en = formatErrorMessage(e.code, 'en', e.params);
  res.status(STATUS[e.code] ?? 400).json({ code: e.code, message: de, messages: { de, en } });
}
