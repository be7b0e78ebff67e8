import { graphql } from '../gql';

/** A dispatch as the panels show it; the live subscription asks for the same. */
export const dispatchFragment = graphql(`
  fragment DispatchDetails on Dispatch {
    id
    dispatchNo
    intakeId
    clientCompanyId
    status
    alert
    category
    siteAddress
    urgent
    instructions
    overrideReason
    acknowledgedAt
    acknowledgedVia
    replyNote
    createdAt
    version
    contractor {
      id
      name
      channels {
        kind
        address
      }
    }
    messages {
      id
      channel
      recipient
      status
      attempts
      lastError
      sentAt
      reportedAt
      createdAt
    }
  }
`);

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

export const dispatchesQuery = graphql(`
  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {
    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {
      ...DispatchDetails
    }
  }
`);

export const dispatchChangedSubscription = graphql(`
  subscription DispatchChanged($clientCompanyId: ID) {
    dispatchChanged(clientCompanyId: $clientCompanyId) {
      ...DispatchDetails
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
