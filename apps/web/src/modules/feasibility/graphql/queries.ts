import { graphql } from '../../../gql';

export const FEASIBILITY_REVISION = graphql(`
  query FeasibilityRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      region {
        id
        organisations {
          id
          name
        }
      }
    }
  }
`);

export const FEASIBILITY_MATRIX = graphql(`
  query FeasibilityMatrix($revisionId: ID!) {
    feasibilityMatrix(revisionId: $revisionId) {
      recommendations {
        id
        reference
        title
      }
      organisations {
        id
        name
      }
      cells {
        recommendationId
        organisationId
        checkId
        answer
        comment
        answeredAt
        deadline
      }
    }
  }
`);

/** What the coordinators may ask about: recommendations in review or already in the feasibility check. */
export const REQUESTABLE_RECOMMENDATIONS = graphql(`
  query RequestableRecommendations($revisionId: ID!) {
    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {
      total
      items {
        id
        reference
        title
        status
      }
    }
  }
`);

export const MY_FEASIBILITY_CHECKS = graphql(`
  query MyFeasibilityChecks($revisionId: ID!) {
    myFeasibilityChecks(revisionId: $revisionId) {
      id
      answer
      comment
      answeredAt
      canAnswer
      version
      organisation {
        id
        name
      }
      recommendation {
        id
        reference
        title
        rationale
      }
      request {
        id
        deadline
        message
      }
    }
  }
`);
