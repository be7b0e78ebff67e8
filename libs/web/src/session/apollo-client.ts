import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { from, switchMap, throwError } from 'rxjs';
import { SESSION_ENDED_CLOSE } from '@dengon/domain';
import { errorCode } from './errors';

export interface ApolloAuth {
  accessToken(): string | null;
  /** Resolves true when a fresh access token is in place. */
  refresh(): Promise<boolean>;
}

// Login fails with UNAUTHENTICATED on a wrong password, RefreshToken is the refresh itself,
// and Logout is best effort: retrying any of them could only loop.
const noRetryOperations = new Set(['Login', 'RefreshToken', 'Logout']);

function authorization(auth: ApolloAuth): Record<string, string> {
  const token = auth.accessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Same-origin client: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createApolloClient(auth: ApolloAuth): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'include' });

  // The server closes a subscription socket when its token expires or the user's rights
  // change (4001): take a fresh token, reconnect, and subscribe again under today's rights.
  // The socket's code loads with the first subscription, not with the sign-in screen.
  let tokenEnded = false;
  let socket: Promise<ApolloLink> | undefined;
  const openSocket = async (): Promise<ApolloLink> => {
    const [{ GraphQLWsLink }, { createClient }] = await Promise.all([
      import('@apollo/client/link/subscriptions'),
      import('graphql-ws'),
    ]);
    return new GraphQLWsLink(
      createClient({
        url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        lazy: true, // no socket until the first subscription
        connectionParams: async () => {
          if (tokenEnded) {
            tokenEnded = false;
            await auth.refresh();
          }
          return authorization(auth);
        },
        retryAttempts: Infinity,
        shouldRetry: () => true,
        on: {
          closed: (event) => {
            if ((event as CloseEvent).code === SESSION_ENDED_CLOSE) tokenEnded = true;
          },
        },
      }),
    );
  };
  // A failed load (the network gone) is tried again by the next subscription.
  const loadSocket = (): Promise<ApolloLink> =>
    (socket ??= openSocket().catch((error: unknown) => {
      socket = undefined;
      throw error;
    }));
  const ws = new ApolloLink((operation, forward) =>
    from(loadSocket()).pipe(switchMap((link) => link.request(operation, forward))),
  );

  const withToken = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }) => ({
      headers: { ...(headers as Record<string, string> | undefined), ...authorization(auth) },
    }));
    return forward(operation);
  });

  // An expired access token costs one refresh and one retry; the retry's errors pass through.
  const refreshOnUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (errorCode(error) !== 'UNAUTHENTICATED') return;
    if (noRetryOperations.has(operation.operationName ?? '')) return;
    return from(auth.refresh()).pipe(
      switchMap((refreshed) => (refreshed ? forward(operation) : throwError(() => error))),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([
      refreshOnUnauthenticated,
      withToken,
      ApolloLink.split(
        ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
        ws,
        http,
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // A client without a saved script gets a draft with id '': key scripts by their company.
        Script: { keyFields: ['clientCompanyId'] },
      },
    }),
    defaultOptions: {
      // Several people edit the same clients: a screen shows the cache at once and refreshes it.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
