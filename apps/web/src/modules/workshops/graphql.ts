import { graphql } from '../../gql';

export const JOIN_WORKSHOP = graphql(`
  mutation JoinWorkshop($code: String!, $name: String) {
    joinWorkshop(code: $code, name: $name) {
      sessionId
      title
    }
  }
`);

export const BOARD_CARD = graphql(`
  fragment BoardCardFields on BoardCard {
    id
    kind
    text
    cluster
    hidden
    authorName
    mine
    votes
    votedByMe
    recommendationId
    createdAt
    version
  }
`);

export const WORKSHOP_BOARD = graphql(`
  query WorkshopBoard($sessionId: ID!) {
    workshopBoard(sessionId: $sessionId) {
      sessionId
      title
      room
      joinCode
      joinUrl
      viewer {
        name
        guest
        moderator
        dotsLeft
      }
      cards {
        ...BoardCardFields
      }
    }
  }
`);

export const ADD_CONTRIBUTION = graphql(`
  mutation AddWorkshopContribution($input: AddContributionInput!) {
    addWorkshopContribution(input: $input) {
      ...BoardCardFields
    }
  }
`);

export const VOTE_CONTRIBUTION = graphql(`
  mutation VoteContribution($id: ID!, $on: Boolean!) {
    voteContribution(id: $id, on: $on) {
      ...BoardCardFields
    }
  }
`);

export const EDIT_CONTRIBUTION = graphql(`
  mutation EditContribution($input: EditContributionInput!) {
    editContribution(input: $input) {
      ...BoardCardFields
    }
  }
`);

export const CONTRIBUTION_TO_RECOMMENDATION = graphql(`
  mutation ContributionToRecommendation($id: ID!) {
    contributionToRecommendation(id: $id) {
      id
      reference
      revisionId
    }
  }
`);

export const BOARD_EVENTS = graphql(`
  subscription WorkshopBoardEvents($sessionId: ID!) {
    workshopBoardEvents(sessionId: $sessionId) {
      type
      contributionId
      card {
        ...BoardCardFields
      }
    }
  }
`);

export const WORKSHOP_PHASE = graphql(`
  query WorkshopPhase($revisionId: ID!) {
    revision(id: $revisionId) {
      id
      title
      regionId
      fieldsOfAction {
        id
        code
        title
      }
    }
    workshopMeetings(revisionId: $revisionId) {
      id
      title
      startsAt
      location
      attendance
      minutes
      fieldOfActionId
      version
      recommendations {
        id
        reference
        title
      }
    }
  }
`);

export const MEETING_RECOMMENDATIONS = graphql(`
  query MeetingRecommendations($revisionId: ID!) {
    recommendations(
      revisionId: $revisionId
      filter: { statuses: [SUBMITTED, IN_REVIEW, FEASIBILITY_CHECK, AGREED] }
      limit: 1000
    ) {
      items {
        id
        reference
        title
        fieldOfAction {
          id
        }
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateWorkshopMeeting($revisionId: ID!, $input: WorkshopMeetingInput!) {
    createWorkshopMeeting(revisionId: $revisionId, input: $input) {
      id
    }
  }
`);
