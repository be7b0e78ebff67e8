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

export const mailQueueQuery = graphql(`
  query MailQueue {
    mailQueue {
      id
      receivedAt
      kind
      fromText
      subject
      intakeId
      clientCompany {
        id
        name
      }
    }
  }
`);

export const takeMailMutation = graphql(`
  mutation TakeMail($id: ID!) {
    takeMail(id: $id) {
      id
      takenBy
    }
  }
`);

export const replyTemplatesQuery = graphql(`
  query ReplyTemplates($clientCompanyId: ID!) {
    replyTemplates(clientCompanyId: $clientCompanyId) {
      id
      name
      subject
      body
      autoReply
      version
    }
  }
`);

export const draftReplyQuery = graphql(`
  query DraftReply($inboundMailId: ID!, $templateId: ID!) {
    draftReply(inboundMailId: $inboundMailId, templateId: $templateId) {
      subject
      body
    }
  }
`);

export const replyToMailMutation = graphql(`
  mutation ReplyToMail($input: ReplyToMailInput!) {
    replyToMail(input: $input) {
      id
    }
  }
`);

/** Records as they are saved or change: a mail's record appears when the mail is offered. */
export const mailRecordChangedSubscription = graphql(`
  subscription MailRecordChanged {
    intakeRecordChanged {
      id
      channel
    }
  }
`);
