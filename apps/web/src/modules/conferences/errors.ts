import { CombinedGraphQLErrors } from '@apollo/client';

/** Whether the API answered with this stable error code. */
export const hasCode = (error: unknown, code: string) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);

export const isNotFound = (error: unknown) => hasCode(error, 'NOT_FOUND');
