import { graphql } from '../gql';

/** One row of the history list; the live subscription asks for the same, so the cache stays whole. */
export const intakeRowFragment = graphql(`
  fragment IntakeRow on IntakeRecord {
    id
    recordNumber
    clientCompanyId
    receivedAt
    channel
    callingNational
    fields
    status
    urgent
    version
    allowedTransitions
  }
`);

export const intakeRecordsQuery = graphql(`
  query IntakeRecords(
    $clientCompanyId: ID
    $from: String
    $to: String
    $statuses: [IntakeStatus!]
    $callingNumber: String
    $text: String
    $first: Int!
    $after: String
  ) {
    intakeRecords(
      clientCompanyId: $clientCompanyId
      from: $from
      to: $to
      statuses: $statuses
      callingNumber: $callingNumber
      text: $text
      first: $first
      after: $after
    ) {
      items {
        ...IntakeRow
      }
      nextCursor
    }
  }
`);

export const intakeRecordQuery = graphql(`
  query IntakeRecord($id: ID!) {
    intakeRecord(id: $id) {
      ...IntakeRow
      memo
      scriptVersionId
      correctedAfterReport
      corrections {
        id
        reason
        afterReport
        createdAt
        changes {
          key
          label
          before
          after
        }
      }
      statusHistory {
        id
        fromStatus
        toStatus
        note
        changedAt
      }
      comments {
        id
        body
        createdAt
      }
      recordings {
        id
        kind
        createdAt
        durationSeconds
        deleteOn
        playUrl
      }
      mail {
        id
        kind
        fromText
        subject
        textMisdecoded
        senderTrust
        spf
        dkim
        dmarc
        attachments {
          fileName
          contentType
          size
          pages
        }
        takenBy
        replies {
          id
          subject
          body
          sentBy
          createdAt
        }
      }
    }
  }
`);

export const intakeRecordChangedSubscription = graphql(`
  subscription IntakeRecordChanged {
    intakeRecordChanged {
      ...IntakeRow
    }
  }
`);

export const changeIntakeStatusMutation = graphql(`
  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {
    changeIntakeStatus(input: $input) {
      ...IntakeRow
      statusHistory {
        id
        fromStatus
        toStatus
        note
        changedAt
      }
    }
  }
`);

export const addIntakeCommentMutation = graphql(`
  mutation AddIntakeComment($intakeId: ID!, $body: String!) {
    addIntakeComment(intakeId: $intakeId, body: $body) {
      id
      body
      createdAt
    }
  }
`);
