import { graphql } from '../../../gql';

export const AUDIT_LOG = graphql(`
  query AuditLog($revisionId: ID!, $limit: Int!, $offset: Int!) {
    revision(id: $revisionId) {
      id
      title
      regionId
    }
    auditLog(revisionId: $revisionId, limit: $limit, offset: $offset) {
      total
      entries {
        id
        createdAt
        actorName
        action
        entityType
        before
        after
        reason
      }
    }
  }
`);
