import { graphql } from '../gql';

export const inboundMailsQuery = graphql(`
  query InboundMails($status: InboundMailStatus, $first: Int!) {
    inboundMails(status: $status, first: $first) {
      id
      receivedAt
      address
      kind
      status
      reason
      mailFrom
      fromText
      subject
      size
      intakeId
      clientCompany {
        id
        name
      }
      attachments {
        fileName
        size
      }
    }
  }
`);
