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
      senderTrust
      spf
      dkim
      dmarc
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
      ...DeskMail
    }
  }
  fragment DeskMail on InboundMail {
    id
    receivedAt
    kind
    fromText
    subject
    department
    vip
    intakeId
    clientCompany {
      id
      name
    }
  }
`);

export const myMailOfferQuery = graphql(`
  query MyMailOffer {
    myMailOffer {
      id
      expiresAt
      mail {
        ...DeskMail
      }
    }
  }
`);

/** A mail offered to me: the query above is asked again. */
export const mailOfferForMeSubscription = graphql(`
  subscription MailOfferForMe {
    mailOfferForMe {
      id
    }
  }
`);

export const mailsInHandQuery = graphql(`
  query MailsInHand {
    mailsInHand {
      ...DeskMail
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

export const finishMailMutation = graphql(`
  mutation FinishMail($id: ID!) {
    finishMail(id: $id) {
      id
      finishedAt
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

export const inboundAddressesQuery = graphql(`
  query InboundAddresses($clientCompanyId: ID!) {
    inboundAddresses(clientCompanyId: $clientCompanyId) {
      id
      address
      kind
      label
    }
  }
`);

export const addInboundAddressMutation = graphql(`
  mutation AddInboundAddress($input: AddInboundAddressInput!) {
    addInboundAddress(input: $input) {
      id
    }
  }
`);

export const removeInboundAddressMutation = graphql(`
  mutation RemoveInboundAddress($id: ID!) {
    removeInboundAddress(id: $id)
  }
`);

export const saveReplyTemplateMutation = graphql(`
  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {
    saveReplyTemplate(input: $input) {
      id
      version
    }
  }
`);

export const deleteReplyTemplateMutation = graphql(`
  mutation DeleteReplyTemplate($id: ID!) {
    deleteReplyTemplate(id: $id)
  }
`);

export const mailboxesQuery = graphql(`
  query Mailboxes($clientCompanyId: ID!) {
    mailboxes(clientCompanyId: $clientCompanyId) {
      ...MailboxDetails
    }
  }
  fragment MailboxDetails on Mailbox {
    id
    kind
    label
    host
    port
    tls
    username
    folder
    status
    problem
    lastError
    checkedAt
  }
`);

export const addMailboxMutation = graphql(`
  mutation AddMailbox($input: AddMailboxInput!) {
    addMailbox(input: $input) {
      ...MailboxDetails
    }
  }
`);

export const checkMailboxMutation = graphql(`
  mutation CheckMailbox($id: ID!) {
    checkMailbox(id: $id) {
      ...MailboxDetails
    }
  }
`);

export const setMailboxPasswordMutation = graphql(`
  mutation SetMailboxPassword($id: ID!, $password: String!) {
    setMailboxPassword(id: $id, password: $password) {
      ...MailboxDetails
    }
  }
`);

export const removeMailboxMutation = graphql(`
  mutation RemoveMailbox($id: ID!) {
    removeMailbox(id: $id)
  }
`);

export const mailRoutingRulesQuery = graphql(`
  query MailRoutingRules($clientCompanyId: ID!) {
    mailRoutingRules(clientCompanyId: $clientCompanyId) {
      id
      kind
      pattern
      department
    }
  }
`);

export const addMailRoutingRuleMutation = graphql(`
  mutation AddMailRoutingRule($input: AddMailRoutingRuleInput!) {
    addMailRoutingRule(input: $input) {
      id
    }
  }
`);

export const removeMailRoutingRuleMutation = graphql(`
  mutation RemoveMailRoutingRule($id: ID!) {
    removeMailRoutingRule(id: $id)
  }
`);
