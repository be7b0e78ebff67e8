import { graphql } from '../gql';

export const auditLogQuery = graphql(`
  query AuditLog(
    $first: Int
    $before: ID
    $action: String
    $clientCompanyId: ID
    $from: String
    $to: String
  ) {
    auditLog(
      first: $first
      before: $before
      action: $action
      clientCompanyId: $clientCompanyId
      from: $from
      to: $to
    ) {
      id
      createdAt
      actorName
      actorRole
      systemEntry
      clientCompanyId
      clientName
      action
      entityType
      entityId
      before
      after
    }
  }
`);
