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

export const requestPhoneNumberMutation = graphql(`
  mutation RequestPhoneNumber($input: RequestPhoneNumberInput!) {
    requestPhoneNumber(input: $input) {
      ...PhoneNumberDetails
    }
  }
`);

export const changePhoneNumberStatusMutation = graphql(`
  mutation ChangePhoneNumberStatus($input: ChangeNumberStatusInput!) {
    changePhoneNumberStatus(input: $input) {
      ...PhoneNumberDetails
    }
  }
`);

export const updatePhoneNumberMutation = graphql(`
  mutation UpdatePhoneNumber($input: UpdatePhoneNumberInput!) {
    updatePhoneNumber(input: $input) {
      ...PhoneNumberDetails
    }
  }
`);
