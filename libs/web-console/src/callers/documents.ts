import { graphql } from '../gql';

export const callerMarkFragment = graphql(`
  fragment CallerMarkDetails on CallerMark {
    id
    clientCompanyId
    label
    isPrefix
    kind
    status
    note
    createdAt
    version
  }
`);

export const callerMarksQuery = graphql(`
  query CallerMarks($clientCompanyId: ID) {
    callerMarks(clientCompanyId: $clientCompanyId) {
      ...CallerMarkDetails
    }
  }
`);

export const proposedCallerMarksQuery = graphql(`
  query ProposedCallerMarks {
    proposedCallerMarks {
      ...CallerMarkDetails
    }
  }
`);

export const addCallerMarkMutation = graphql(`
  mutation AddCallerMark($input: AddCallerMarkInput!) {
    addCallerMark(input: $input) {
      ...CallerMarkDetails
    }
  }
`);

export const confirmCallerMarkMutation = graphql(`
  mutation ConfirmCallerMark($input: CallerMarkVersionInput!) {
    confirmCallerMark(input: $input) {
      ...CallerMarkDetails
    }
  }
`);

export const removeCallerMarkMutation = graphql(`
  mutation RemoveCallerMark($input: CallerMarkVersionInput!) {
    removeCallerMark(input: $input) {
      id
    }
  }
`);

export const reportNuisanceCallerMutation = graphql(`
  mutation ReportNuisanceCaller($input: ReportNuisanceCallerInput!) {
    reportNuisanceCaller(input: $input) {
      ...CallerMarkDetails
    }
  }
`);
