import { graphql } from '../../../gql';

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
      name
    }
  }
`);

export const INVITE_COORDINATOR = graphql(`
  mutation InviteCoordinator($regionId: ID!, $email: String!) {
    inviteCoordinator(regionId: $regionId, email: $email) {
      id
      email
    }
  }
`);

export const SAVE_ORGANISATION = graphql(`
  mutation SaveOrganisation($input: SaveOrganisationInput!) {
    saveOrganisation(input: $input) {
      id
      name
      type
      contactEmail
      version
      municipalities {
        id
        name
      }
    }
  }
`);

export const DELETE_ORGANISATION = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id)
  }
`);
