import { graphql } from '../gql';

export const softphoneCredentialsQuery = graphql(`
  query SoftphoneCredentials {
    softphoneCredentials {
      wsUrl
      sipUri
      authorizationUser
      password
      expiresAt
    }
  }
`);
