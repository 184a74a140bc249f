import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** Subscriptions (live workshop boards) go over one websocket on the same path; everything else over HTTP. */
function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

export function createApolloClient() {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API's CSRF prevention accepts only requests a browser would have to preflight.
    headers: { 'apollo-require-preflight': 'true' },
  });
  // Opened on the first subscription, closed when none is left; reconnects with backoff after a network loss.
  const socket = new GraphQLWsLink(createClient({ url: socketUrl, lazy: true, retryAttempts: Infinity }));
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    socket,
    http,
  );
  return new ApolloClient({
    link,
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
