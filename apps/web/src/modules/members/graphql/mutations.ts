import { graphql } from '../../../gql';

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);
