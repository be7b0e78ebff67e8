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
