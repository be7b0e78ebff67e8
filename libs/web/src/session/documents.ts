import { graphql, type DocumentType } from '../gql';

// One fragment so login and refresh always agree on what "the user" is.
export const sessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    email
    name
    role
    permissions
    locale
    totpEnabledAt
    twoFactorRequired
    clientCompany {
      id
      name
    }
  }
`);

export type SessionUser = DocumentType<typeof sessionUserFragment>;

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $code: String) {
    login(email: $email, password: $password, code: $code) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

export const refreshTokenMutation = graphql(`
  mutation RefreshToken {
    refreshToken {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordWithLinkMutation = graphql(`
  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {
    resetPasswordWithLink(token: $token, newPassword: $newPassword)
  }
`);
