import { graphql } from '../gql';

/** The whole board; the live subscription sends the same again whenever calls or operators change. */
export const callCenterBoardFragment = graphql(`
  fragment CallCenterBoardDetails on CallCenterBoard {
    queue {
      call {
        id
        state
        startedAt
        callingE164
        dialedE164
        callerMark
      }
      clientName
      waitingSeconds
      targetSeconds
      offeredTo
      notOffered
      trainedOnBreak
    }
    operators {
      userId
      name
      state
      since
      afterCallWorkUntil
      reason
      note
      callRecordId
    }
    serviceLevel {
      answeredWithinTarget
      answeredLate
      abandoned
      waitingOverTarget
      share
    }
    clients {
      clientCompanyId
      clientName
      targetPercent
      targetSeconds
      answeredWithinTarget
      answeredLate
      abandoned
      waitingOverTarget
      share
      belowTarget
    }
  }
`);

export const callCenterBoardQuery = graphql(`
  query CallCenterBoard {
    callCenterBoard {
      ...CallCenterBoardDetails
    }
  }
`);

export const callCenterBoardChangedSubscription = graphql(`
  subscription CallCenterBoardChanged {
    callCenterBoardChanged {
      ...CallCenterBoardDetails
    }
  }
`);

export const setOperatorStateMutation = graphql(`
  mutation SetOperatorState($operatorId: ID!, $state: OperatorState!, $note: String!) {
    setOperatorState(operatorId: $operatorId, state: $state, note: $note) {
      userId
      state
      reason
      note
    }
  }
`);

export const assignCallMutation = graphql(`
  mutation AssignCall($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {
    assignCall(
      callSessionId: $callSessionId
      operatorId: $operatorId
      clientCompanyId: $clientCompanyId
    ) {
      id
    }
  }
`);
