import { graphql } from '../gql';

export const phoneCredentialsQuery = graphql(`
  query PhoneCredentials {
    softphoneCredentials {
      wsUrl
      sipUri
      authorizationUser
      password
      expiresAt
    }
    twilioVoiceToken {
      token
      edge
      expiresAt
    }
  }
`);

export const startCallbackMutation = graphql(`
  mutation StartCallback($id: ID!) {
    startCallback(id: $id) {
      callSessionId
      provider
      dial
      toNational
      callerIdNational
      recorded
    }
  }
`);

export const setVoicemailGreetingMutation = graphql(`
  mutation SetVoicemailGreeting($input: VoicemailGreetingInput!) {
    setVoicemailGreeting(input: $input) {
      durationSeconds
      updatedAt
    }
  }
`);
