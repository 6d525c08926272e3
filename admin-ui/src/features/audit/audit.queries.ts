import { graphql } from '../../gql';

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($filter: AuditFilterInput, $skip: Int!, $take: Int!) {
    auditEvents(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        id
        at
        action
        actorKind
        staffUserId
        staffUserName
        buyerUserId
        buyerUserName
        apiKeyName
        actingStaffUserName
        companyId
        companyName
        entityType
        entityId
        reason
        before
        after
      }
    }
  }
`);
