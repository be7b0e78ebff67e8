import { graphql } from '../gql';

export const startTwoFactorSetupMutation = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      uri
      qrSvg
    }
  }
`);

export const confirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code) {
      id
      totpEnabledAt
    }
  }
`);

export const disableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code) {
      id
      totpEnabledAt
    }
  }
`);
