import { graphql } from '../gql';

export const changeRequestFragment = graphql(`
  fragment ChangeRequestDetails on ChangeRequest {
    id
    clientCompanyId
    target
    subject
    subjectKey
    faqItemId
    currentText
    proposedText
    appliedText
    message
    status
    reviewComment
    reviewedAt
    createdAt
  }
`);

export const changeRequestsQuery = graphql(`
  query ChangeRequests($status: ChangeRequestStatus) {
    changeRequests(status: $status) {
      ...ChangeRequestDetails
    }
  }
`);

export const requestChangeMutation = graphql(`
  mutation RequestChange($input: RequestChangeInput!) {
    requestChange(input: $input) {
      ...ChangeRequestDetails
    }
  }
`);
