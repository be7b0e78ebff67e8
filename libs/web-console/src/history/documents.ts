import { graphql } from '../gql';

export const correctIntakeMutation = graphql(`
  mutation CorrectIntake($input: CorrectIntakeInput!) {
    correctIntake(input: $input) {
      id
      version
      fields
      memo
      callingNational
      correctedAfterReport
    }
  }
`);
