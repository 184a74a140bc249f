import type { Response } from 'express';

/** The errors the file routes answer outside GraphQL, in the same shape as the API's errors. */
const ANSWERS = {
  401: { code: 'UNAUTHENTICATED', de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  404: { code: 'NOT_FOUND', de: 'Der Eintrag wurde nicht gefunden.', en: 'The item was not found.' },
  409: { code: 'NOT_READY', de: 'Die Datei ist noch nicht fertig.', en: 'The file is not ready yet.' },
} as const;

export type HttpAnswer = keyof typeof ANSWERS;

export function answerHttp(res: Response, status: HttpAnswer): void {
  const { code, de, en } = ANSWERS[status];
  res.status(status).json({ code, message: de, messages: { de, en } });
}
