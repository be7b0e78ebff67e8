import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type ja from '../i18n/ja.json';

export type ErrorKey = keyof typeof ja.errors;

/** The `extensions.code` the API put on the first GraphQL error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** The rule the API named on the first GraphQL error (`extensions.violation`), if any. */
function violationOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const violation = error.errors[0]?.extensions?.['violation'];
  return typeof violation === 'string' ? violation : undefined;
}

/** The message to show for a failed sign-in, password reset or session restore. */
export function errorKey(error: unknown): ErrorKey {
  switch (violationOf(error)) {
    case 'TWO_FACTOR_CODE_REQUIRED':
      return 'codeRequired';
    case 'RESET_LINK_INVALID':
      return 'resetLinkInvalid';
  }
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED': // also a locked account or a wrong code: the API does not say which
      return 'invalidCredentials';
    case 'TOO_MANY_REQUESTS':
      return 'tooManyAttempts';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'BAD_USER_INPUT':
      return 'invalidInput';
    default:
      // No GraphQL errors at all means the request never got a GraphQL answer.
      return CombinedGraphQLErrors.is(error) ? 'unexpected' : 'network';
  }
}
