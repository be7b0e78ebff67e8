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
    clientCompany {
      id
      name
    }
  }
`);

export type SessionUser = DocumentType<typeof sessionUserFragment>;

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
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
