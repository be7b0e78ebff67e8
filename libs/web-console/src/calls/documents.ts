import { graphql } from '../gql';

export const operatorStatusFragment = graphql(`
  fragment MyOperatorStatus on OperatorStatus {
    userId
    state
    since
    afterCallWorkUntil
    reason
    note
    version
  }
`);

export const myOperatorStatusQuery = graphql(`
  query MyOperatorStatus {
    myOperatorStatus {
      ...MyOperatorStatus
    }
  }
`);

export const setMyOperatorStateMutation = graphql(`
  mutation SetMyOperatorState($state: OperatorState!) {
    setMyOperatorState(state: $state) {
      ...MyOperatorStatus
    }
  }
`);

/** Everything the operator reads while a call rings and takes while on it; the subscription asks for the same. */
export const offerViewFragment = graphql(`
  fragment OfferDetails on OfferView {
    offer {
      id
      callSessionId
      state
      offeredAt
      expiresAt
    }
    client {
      id
      name
      escalationContacts {
        name
        phone
        note
      }
    }
    greeting
    scriptReason
    coverageSummary
    callingNational
    script {
      id
      specialInstructions
      urgentKeywords
      closingPhrase
      fields {
        ...IntakeFieldDetails
      }
    }
    callerHistory {
      ...IntakeRow
      memo
    }
  }
`);

export const myOfferQuery = graphql(`
  query MyOffer {
    myOffer {
      ...OfferDetails
    }
  }
`);

export const offerForMeSubscription = graphql(`
  subscription OfferForMe {
    offerForMe {
      ...OfferDetails
    }
  }
`);

export const acceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      ...OfferDetails
    }
  }
`);

export const finishCallMutation = graphql(`
  mutation FinishCall {
    finishCall {
      ...MyOperatorStatus
    }
  }
`);

export const createIntakeMutation = graphql(`
  mutation CreateIntake($input: CreateIntakeInput!) {
    createIntake(input: $input) {
      ...IntakeRow
      urgentKeywords
    }
  }
`);

export const ringTestCallMutation = graphql(`
  mutation RingTestCall($clientCompanyId: ID!) {
    ringTestCall(clientCompanyId: $clientCompanyId) {
      id
      state
      dialedE164
    }
  }
`);
