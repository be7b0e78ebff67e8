import { graphql } from '../gql';

/** Whether the client's plan in force includes dispatch. */
export const dispatchPlanQuery = graphql(`
  query DispatchPlan($clientCompanyId: ID) {
    contract(clientCompanyId: $clientCompanyId) {
      id
      currentTerm {
        id
        plan {
          code
          dispatchIncluded
        }
      }
    }
  }
`);

export const dispatchCandidatesQuery = graphql(`
  query DispatchCandidates($intakeId: ID!, $category: String!, $siteAddress: String!) {
    dispatchCandidates(intakeId: $intakeId, category: $category, siteAddress: $siteAddress) {
      cityMatch
      contractor {
        id
        name
        priority
      }
    }
  }
`);

export const createDispatchMutation = graphql(`
  mutation CreateDispatch($input: CreateDispatchInput!) {
    createDispatch(input: $input) {
      ...DispatchDetails
    }
  }
`);

export const recordDispatchReplyMutation = graphql(`
  mutation RecordDispatchReply($input: DispatchReplyInput!) {
    recordDispatchReply(input: $input) {
      ...DispatchDetails
    }
  }
`);

export const resendDispatchMutation = graphql(`
  mutation ResendDispatch($input: ResendDispatchInput!) {
    resendDispatch(input: $input) {
      ...DispatchDetails
    }
  }
`);

export const outboundMessagesQuery = graphql(`
  query OutboundMessages($clientCompanyId: ID, $first: Int!) {
    outboundMessages(clientCompanyId: $clientCompanyId, first: $first) {
      id
      clientCompanyId
      purpose
      channel
      recipient
      subject
      status
      attempts
      lastError
      sentAt
      reportedAt
      createdAt
    }
  }
`);

/** Delivery reports that named no message of ours, for a person to read. */
export const unmatchedDeliveryReportsQuery = graphql(`
  query UnmatchedDeliveryReports {
    deliveryReports(unmatchedOnly: true, first: 20) {
      id
      source
      outcome
      subject
      detail
      receivedAt
    }
  }
`);
