import { graphql } from '../../../gql';

export const ME = graphql(`
  query Me {
    me {
      account {
        id
        displayName
        email
        isPlatformAdmin
      }
      coordinatorRegionIds
      memberships {
        revisionId
        regionId
        role
      }
    }
  }
`);

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      role
      regionName
      revisionTitle
      municipalityName
      organisationName
      expiresAt
      accountExists
    }
  }
`);
