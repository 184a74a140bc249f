import { CombinedGraphQLErrors } from '@apollo/client';

/** The stable `extensions.code` of the first GraphQL error, e.g. VERSION_CONFLICT. */
function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.map((e) => e.extensions?.code).find((code): code is string => typeof code === 'string');
}

export const isVersionConflict = (error: unknown) => errorCode(error) === 'VERSION_CONFLICT';

/**
 * What the server said, already in the interface language (the API reads the
 * kw_lang cookie); null when the request did not reach the API at all.
 */
export function serverMessages(error: unknown): string[] | null {
  return CombinedGraphQLErrors.is(error) ? [...new Set(error.errors.map((e) => e.message))] : null;
}

/**
 * Runs a mutation whose failure the form already shows through the hook's
 * `error` state, and answers undefined instead of rejecting. A version
 * conflict additionally goes to `onConflict`.
 */
export async function settle<T>(operation: Promise<T>, onConflict?: (error: unknown) => void): Promise<T | undefined> {
  try {
    return await operation;
  } catch (error) {
    if (onConflict && isVersionConflict(error)) onConflict(error);
    return undefined;
  }
}
