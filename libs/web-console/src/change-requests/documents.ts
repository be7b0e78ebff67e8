import { graphql } from '../gql';

export const reviewChangeRequestMutation = graphql(`
  mutation ReviewChangeRequest($input: ReviewChangeInput!) {
    reviewChangeRequest(input: $input) {
      ...ChangeRequestDetails
    }
  }
`);
