import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@apollo/client';
import { print, type FormattedExecutionResult } from 'graphql';

/**
 * One of the session's own operations (sign in, refresh, sign out) as a plain
 * same-origin POST, so the sign-in screen loads without the GraphQL client
 * (issue 12's budgets). GraphQL errors reject as Apollo's CombinedGraphQLErrors,
 * the shape `errorCode` reads for every other request; a network failure
 * rejects as fetch's TypeError.
 */
export async function authRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const result = (await response.json()) as FormattedExecutionResult<TData>;
  if (result.errors?.length || !result.data) throw new CombinedGraphQLErrors(result);
  return result.data;
}
