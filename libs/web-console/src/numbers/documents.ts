import { graphql } from '../gql';

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
