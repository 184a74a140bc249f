import { graphql } from '../../../gql';

export const REVISION_MEMBERS = graphql(`
  query RevisionMembers($revisionId: ID!) {
    revision(id: $revisionId) {
      id
      title
      regionId
      region {
        id
        municipalities {
          id
          name
        }
        organisations {
          id
          name
        }
      }
    }
    members(revisionId: $revisionId) {
      id
      displayName
      email
      role
      municipalityName
      organisationName
      since
    }
    invitations(revisionId: $revisionId) {
      id
      email
      role
      municipalityId
      organisationId
      createdAt
      expiresAt
    }
  }
`);
