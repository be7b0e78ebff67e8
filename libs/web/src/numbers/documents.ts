import { graphql } from '../gql';

export const phoneNumberFragment = graphql(`
  fragment PhoneNumberDetails on PhoneNumber {
    id
    national
    kind
    status
    label
    forwardToNational
    expectedOpenDate
    movingUntil
    approvalNote
    version
  }
`);

/** Staff name the company; a client user's own numbers come without one. */
export const phoneNumbersQuery = graphql(`
  query PhoneNumbers($clientCompanyId: ID) {
    phoneNumbers(clientCompanyId: $clientCompanyId) {
      ...PhoneNumberDetails
    }
  }
`);
