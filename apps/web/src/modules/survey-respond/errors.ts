import { CombinedGraphQLErrors } from '@apollo/client';

/** The API's `extensions.code` of the first error, e.g. SURVEY_INCOMPLETE; undefined for a network failure. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.map((e) => e.extensions?.code).find((code): code is string => typeof code === 'string');
}

/** The questions a submission found unanswered (SURVEY_INCOMPLETE's `extensions.details.questionIds`). */
export function missingQuestionIds(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  for (const e of error.errors) {
    const details = e.extensions?.details as { questionIds?: unknown } | undefined;
    if (Array.isArray(details?.questionIds))
      return details.questionIds.filter((id): id is string => typeof id === 'string');
  }
  return [];
}
