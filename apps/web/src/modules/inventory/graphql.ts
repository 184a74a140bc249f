import { graphql } from '../../gql';

/** The revision around the page, with its region's municipalities for the map-like grid. */
export const INVENTORY_REVISION = graphql(`
  query InventoryRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      region {
        id
        name
        municipalities {
          id
          name
        }
      }
    }
  }
`);

export const INDICATORS = graphql(`
  query Indicators($revisionId: ID!) {
    indicators(revisionId: $revisionId) {
      id
      name
      unit
      source
      description
      inConcept
      version
      values {
        id
        municipalityId
        municipalityName
        year
        value
        version
      }
    }
  }
`);

export const CREATE_INDICATOR = graphql(`
  mutation CreateIndicator($revisionId: ID!, $input: IndicatorInput!) {
    createIndicator(revisionId: $revisionId, input: $input) {
      id
    }
  }
`);

export const UPDATE_INDICATOR = graphql(`
  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {
    updateIndicator(id: $id, version: $version, input: $input) {
      id
      name
      unit
      source
      description
      inConcept
      version
    }
  }
`);

export const DELETE_INDICATOR = graphql(`
  mutation DeleteIndicator($id: ID!) {
    deleteIndicator(id: $id)
  }
`);

export const CORRECT_INDICATOR_VALUE = graphql(`
  mutation CorrectIndicatorValue($id: ID!, $version: Int!, $value: Float!) {
    correctIndicatorValue(id: $id, version: $version, value: $value) {
      id
      value
      version
    }
  }
`);
