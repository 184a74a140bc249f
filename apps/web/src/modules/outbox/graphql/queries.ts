import { graphql } from '../../../gql';

export const OUTBOX = graphql(`
  query Outbox($limit: Int!, $offset: Int!) {
    outbox(limit: $limit, offset: $offset) {
      total
      messages {
        id
        kind
        recipient
        subject
        textBody
        status
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
`);
