import { graphql } from '../../../gql';

/** The revision with everything the list, board and coverage pages offer as filters and axes. */
export const RECOMMENDATION_VIEWS_REVISION = graphql(`
  query RecommendationViewsRevision($id: ID!) {
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

export const RECOMMENDATION_LIST = graphql(`
  query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) {
    recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) {
      total
      items {
        id
        reference
        title
        status
        supportCount
        commentCount
        fieldOfAction {
          id
          title
        }
        authors {
          id
          displayName
        }
        organisations {
          id
          name
        }
      }
    }
  }
`);

/** One field of action on the board: every recommendation of it, at most 1000, which the API allows at once. */
export const RECOMMENDATION_BOARD = graphql(`
  query RecommendationBoard($revisionId: ID!, $fieldOfActionId: ID!) {
    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 1000) {
      total
      items {
        id
        reference
        title
        status
        supportCount
        commentCount
      }
    }
  }
`);

export const RECOMMENDATION_COVERAGE = graphql(`
  query RecommendationCoverage($revisionId: ID!) {
    recommendationCoverage(revisionId: $revisionId) {
      fieldOfActionId
      targetGroupId
      count
    }
  }
`);
