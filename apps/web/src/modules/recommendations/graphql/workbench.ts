import { graphql } from '../../../gql';

/** What a recommendation says: the fields the form edits, with the names the pages show. */
export const RECOMMENDATION_CONTENT = graphql(`
  fragment RecommendationContent on Recommendation {
    id
    reference
    title
    rationale
    status
    version
    fieldOfActionId
    fieldOfAction {
      id
      code
      title
    }
    targetGroups {
      id
      name
    }
    allMunicipalities
    municipalities {
      id
      name
    }
    organisations {
      id
      name
    }
    timeHorizon
    resources
    indicators
  }
`);

/** The revision's choices for the form: fields of action, target groups, municipalities, organisations. */
export const WORKBENCH_REVISION = graphql(`
  query WorkbenchRevision($id: ID!) {
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
        code
        title
      }
      targetGroups {
        id
        name
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

export const RECOMMENDATION_FOR_EDIT = graphql(`
  query RecommendationForEdit($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationContent
      revisionId
      viewerCanEdit
    }
  }
`);

export const RECOMMENDATION_DETAIL = graphql(`
  query RecommendationDetail($id: ID!, $revisionId: ID!) {
    revision(id: $revisionId) {
      id
      title
      regionId
    }
    recommendation(id: $id) {
      ...RecommendationContent
      revisionId
      statusReason
      statusChangedAt
      createdAt
      updatedAt
      availableActions
      viewerCanEdit
      viewerIsAuthor
      supportCount
      supportedByMe
      authors {
        id
        displayName
      }
      evidence {
        id
        kind
        label
        targetId
        url
      }
      mergedInto {
        id
        reference
        title
      }
      mergedFrom {
        id
        reference
        title
      }
      comments {
        comment {
          id
          authorName
          body
          carriedFrom
          createdAt
        }
        replies {
          id
          authorName
          body
          carriedFrom
          createdAt
        }
      }
      versions {
        number
        authorName
        createdAt
      }
    }
  }
`);

/** A recommendation chosen for a merge, with what the merge carries over. */
export const MERGE_SOURCE = graphql(`
  query MergeSource($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationContent
      revisionId
      supportCount
      authors {
        id
        displayName
      }
      evidence {
        id
      }
      comments {
        comment {
          id
        }
        replies {
          id
        }
      }
    }
  }
`);

export const SIMILAR_RECOMMENDATIONS = graphql(`
  query SimilarRecommendations($revisionId: ID!, $title: String!, $rationale: String!, $excludeId: ID) {
    similarRecommendations(revisionId: $revisionId, title: $title, rationale: $rationale, excludeId: $excludeId) {
      score
      recommendation {
        id
        reference
        title
        status
      }
    }
  }
`);

export const RECOMMENDATION_DIFF = graphql(`
  query RecommendationDiff($id: ID!, $from: Int!, $to: Int!) {
    recommendationDiff(id: $id, from: $from, to: $to) {
      field
      before
      after
      segments {
        kind
        text
      }
    }
  }
`);

export const CO_AUTHOR_CANDIDATES = graphql(`
  query CoAuthorCandidates($revisionId: ID!) {
    coAuthorCandidates(revisionId: $revisionId) {
      id
      displayName
    }
  }
`);

export const CREATE_RECOMMENDATION = graphql(`
  mutation CreateRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      ...RecommendationContent
    }
  }
`);

export const UPDATE_RECOMMENDATION = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...RecommendationContent
    }
  }
`);

export const TRANSITION_RECOMMENDATION = graphql(`
  mutation TransitionRecommendation($id: ID!, $action: RecommendationAction!, $reason: String) {
    transitionRecommendation(id: $id, action: $action, reason: $reason) {
      id
      status
      statusReason
      statusChangedAt
      availableActions
      viewerCanEdit
    }
  }
`);

export const SUPPORT_RECOMMENDATION = graphql(`
  mutation SupportRecommendation($id: ID!) {
    supportRecommendation(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`);

export const WITHDRAW_SUPPORT = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`);

export const ADD_RECOMMENDATION_COMMENT = graphql(`
  mutation AddRecommendationComment($id: ID!, $body: String!, $parentId: ID) {
    addRecommendationComment(id: $id, body: $body, parentId: $parentId) {
      id
    }
  }
`);

export const ADD_CO_AUTHOR = graphql(`
  mutation AddCoAuthor($id: ID!, $accountId: ID!) {
    addCoAuthor(id: $id, accountId: $accountId) {
      id
      authors {
        id
        displayName
      }
    }
  }
`);

export const REMOVE_CO_AUTHOR = graphql(`
  mutation RemoveCoAuthor($id: ID!, $accountId: ID!) {
    removeCoAuthor(id: $id, accountId: $accountId) {
      id
      authors {
        id
        displayName
      }
    }
  }
`);

export const MERGE_RECOMMENDATIONS = graphql(`
  mutation MergeRecommendations($input: MergeRecommendationsInput!) {
    mergeRecommendations(input: $input) {
      id
      reference
    }
  }
`);
