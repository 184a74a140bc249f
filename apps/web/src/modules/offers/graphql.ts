import { graphql } from '../../gql';

/** The revision with the names the offers, networks, needs and the gap view refer to by id. */
export const OFFERS_REVISION = graphql(`
  query OffersRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      phases {
        id
        kind
        state
      }
      fieldsOfAction {
        id
        title
        code
        position
      }
      targetGroups {
        id
        name
        position
      }
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
  }
`);

/**
 * The organisations the viewer belongs to in a revision (implementing actors keep their own offers).
 * It asks for everything the session's Me query asks for as well: the cache replaces the viewer whole.
 */
export const OFFERS_VIEWER = graphql(`
  query OffersViewer {
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
        organisationId
      }
    }
  }
`);

export const OFFER_FIELDS = graphql(`
  fragment OfferFields on Offer {
    id
    organisationId
    kind
    title
    description
    municipalityIds
    fieldOfActionIds
    targetGroupIds
    languages
    accessibility
    contactEmail
    contactPhone
    address
    website
    confirmedAt
    updatedAt
    version
  }
`);

export const OFFERS = graphql(`
  query Offers($revisionId: ID!) {
    offers(revisionId: $revisionId) {
      ...OfferFields
    }
    networks(revisionId: $revisionId) {
      id
      name
      description
      memberOrganisationIds
      contactEmail
      confirmedAt
      version
    }
    needs(revisionId: $revisionId) {
      id
      fieldOfActionId
      municipalityId
      title
      description
      source
      createdAt
      version
    }
  }
`);

export const OFFER_GAPS = graphql(`
  query OfferGaps($revisionId: ID!, $targetGroupId: ID) {
    offerGaps(revisionId: $revisionId, targetGroupId: $targetGroupId) {
      fieldOfActionId
      municipalityId
      offers
    }
  }
`);

export const SAVE_OFFER = graphql(`
  mutation SaveOffer($revisionId: ID!, $input: OfferInput!, $id: ID, $version: Int) {
    saveOffer(revisionId: $revisionId, input: $input, id: $id, version: $version) {
      ...OfferFields
    }
  }
`);

export const CONFIRM_OFFER = graphql(`
  mutation ConfirmOffer($id: ID!) {
    confirmOffer(id: $id) {
      ...OfferFields
    }
  }
`);

export const DELETE_OFFER = graphql(`
  mutation DeleteOffer($id: ID!) {
    deleteOffer(id: $id)
  }
`);

export const SAVE_NETWORK = graphql(`
  mutation SaveNetwork($revisionId: ID!, $input: NetworkInput!, $id: ID, $version: Int) {
    saveNetwork(revisionId: $revisionId, input: $input, id: $id, version: $version) {
      id
      name
      description
      memberOrganisationIds
      contactEmail
      confirmedAt
      version
    }
  }
`);

export const SAVE_NEED = graphql(`
  mutation SaveNeed($revisionId: ID!, $input: NeedInput!, $id: ID, $version: Int) {
    saveNeed(revisionId: $revisionId, input: $input, id: $id, version: $version) {
      id
      fieldOfActionId
      municipalityId
      title
      description
      source
      createdAt
      version
    }
  }
`);

/** The public Wegweiser; no sign-in. */
export const WEGWEISER = graphql(`
  query Wegweiser($revisionId: ID!, $filter: WegweiserFilterInput) {
    wegweiser(revisionId: $revisionId, filter: $filter) {
      id
      kind
      title
      description
      provider
      municipalities
      fieldsOfAction
      targetGroups
      languages
      accessibility
      contactEmail
      contactPhone
      address
      website
      confirmedAt
    }
  }
`);

/** The recommendations of a field of action a need can be linked to as evidence. */
export const NEED_RECOMMENDATIONS = graphql(`
  query NeedRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {
    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {
      items {
        id
        reference
        title
      }
    }
  }
`);

export const LINK_NEED = graphql(`
  mutation LinkNeedToRecommendation($needId: ID!, $recommendationId: ID!) {
    linkNeedToRecommendation(needId: $needId, recommendationId: $recommendationId) {
      id
    }
  }
`);
