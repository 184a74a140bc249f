import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      // The API's CSRF prevention accepts only requests a browser would have to preflight.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // The signed-in person has no id of their own; a new sign-in replaces it whole.
        Viewer: { keyFields: false, merge: false },
      },
    }),
    defaultOptions: {
      // Show what is cached at once, and what others changed as soon as it arrives.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
