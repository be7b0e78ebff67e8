import { graphql } from '../gql';

export const reviewChangeRequestMutation = graphql(`
  mutation ReviewChangeRequest($input: ReviewChangeInput!) {
    reviewChangeRequest(input: $input) {
      ...ChangeRequestDetails
    }
  }
`);

/** One request with the text approval would replace, for the side-by-side comparison. */
export const changeRequestToReviewQuery = graphql(`
  query ChangeRequestToReview($id: ID!) {
    changeRequest(id: $id) {
      ...ChangeRequestDetails
      liveText
    }
  }
`);
