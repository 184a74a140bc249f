import type { FixtureRole, Fixtures } from './fixtures';
import type { GqlResult, TestApi } from './test-api';

export type Caller = FixtureRole | 'anonymous';

/** Signs every given role in and returns their session cookies. */
export async function signInAll(
  api: TestApi,
  f: Fixtures,
  roles: readonly FixtureRole[],
): Promise<Record<FixtureRole, string>> {
  const cookies = {} as Record<FixtureRole, string>;
  for (const role of roles) cookies[role] = await api.signIn(f.accounts[role].email);
  return cookies;
}

/** GraphQL as one of the signed-in roles (or anonymously), e.g. `as('coordinatorA')(query, variables)`. */
export const asCaller =
  (api: TestApi, cookies: Partial<Record<string, string>>) =>
  (who: Caller | string) =>
  (query: string, variables: Record<string, unknown> = {}) =>
    api.gql(query, variables, who === 'anonymous' ? {} : { cookie: cookies[who] });

/** The stable code of the first error, e.g. FORBIDDEN; undefined when there is none. */
export const errorCode = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;

/** The data of a result that must have no errors; a result with errors fails the test with them. */
export function dataOf<T = Record<string, any>>(r: { data?: T | null; errors?: unknown }): T {
  if (r.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data!;
}
