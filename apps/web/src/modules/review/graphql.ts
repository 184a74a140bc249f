import { graphql } from '../../gql';

/** The revision with its region's municipalities (the choices when starting a round). */
export const REVIEW_REVISION = graphql(`
  query ReviewRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      region {
        id
        municipalities {
          id
          name
        }
      }
    }
  }
`);

/** The frozen versions of the concept draft, newest first. */
export const REVIEW_DRAFT_VERSIONS = graphql(`
  query ReviewDraftVersions($revisionId: ID!) {
    conceptDraft(revisionId: $revisionId) {
      id
      versions {
        id
        number
        note
        frozenAt
      }
    }
  }
`);

export const REVIEW_ROUND_FIELDS = graphql(`
  fragment ReviewRoundFields on ReviewRound {
    id
    revisionId
    number
    status
    deadline
    reminderDaysBefore
    othersVisible
    version
    createdAt
    closedAt
    draftVersion {
      id
      number
    }
    myPart {
      municipalityId
      deadline
    }
  }
`);

export const REVIEW_BOARD_FIELDS = graphql(`
  fragment ReviewBoardFields on ReviewBoardRow {
    municipalityId
    municipalityName
    deadline
    progress
    openedAt
    comments
    statement
  }
`);

export const REVIEW_ROUNDS = graphql(`
  query ReviewRounds($revisionId: ID!) {
    reviewRounds(revisionId: $revisionId) {
      ...ReviewRoundFields
    }
  }
`);

/** The rounds with their status boards (coordinators only). */
export const REVIEW_ROUNDS_BOARDS = graphql(`
  query ReviewRoundsBoards($revisionId: ID!) {
    reviewRounds(revisionId: $revisionId) {
      id
      board {
        ...ReviewBoardFields
      }
    }
  }
`);

export const REVIEW_COMMENT_FIELDS = graphql(`
  fragment ReviewCommentFields on ReviewComment {
    id
    municipalityId
    municipalityName
    sectionId
    sectionTitle
    quote
    text
    proposedText
    disposition
    dispositionReason
    disposedAt
    proposalAppliedAt
    createdAt
    version
    passage {
      found
      start
      end
    }
  }
`);

/** One round as everyone taking part sees it: the text under review, the comments and statements. */
export const REVIEW_ROUND = graphql(`
  query ReviewRound($id: ID!) {
    reviewRound(id: $id) {
      ...ReviewRoundFields
      draftVersion {
        id
        number
        sections {
          id
          parentId
          level
          title
          html
        }
      }
      comments {
        ...ReviewCommentFields
      }
      statements {
        id
        municipalityId
        municipalityName
        kind
        text
        givenAt
      }
    }
  }
`);

/** What only coordinators see of a round: the board, the Abwägungstabelle and its exports. */
export const REVIEW_ROUND_COORDINATION = graphql(`
  query ReviewRoundCoordination($id: ID!) {
    reviewRound(id: $id) {
      id
      board {
        ...ReviewBoardFields
      }
      considerationTable {
        commentId
        municipality
        section
        passage
        comment
        proposedText
        answer
        reason
      }
      considerationExports {
        ...DataExportFields
      }
    }
  }
`);

export const START_REVIEW_ROUND = graphql(`
  mutation StartReviewRound($input: StartReviewRoundInput!) {
    startReviewRound(input: $input) {
      ...ReviewRoundFields
    }
  }
`);

export const OPEN_REVIEW_ROUND = graphql(`
  mutation OpenReviewRound($id: ID!) {
    openReviewRound(id: $id) {
      id
    }
  }
`);

export const ADD_REVIEW_COMMENT = graphql(`
  mutation AddReviewComment($input: ReviewCommentInput!) {
    addReviewComment(input: $input) {
      ...ReviewCommentFields
    }
  }
`);

export const GIVE_REVIEW_STATEMENT = graphql(`
  mutation GiveReviewStatement($roundId: ID!, $kind: StatementKind!, $text: String) {
    giveReviewStatement(roundId: $roundId, kind: $kind, text: $text) {
      id
      kind
      text
      givenAt
    }
  }
`);

export const EXTEND_REVIEW_DEADLINE = graphql(`
  mutation ExtendReviewDeadline($roundId: ID!, $municipalityId: ID!, $deadline: DateTime!) {
    extendReviewDeadline(roundId: $roundId, municipalityId: $municipalityId, deadline: $deadline) {
      ...ReviewBoardFields
    }
  }
`);

export const CLOSE_REVIEW_ROUND = graphql(`
  mutation CloseReviewRound($id: ID!, $version: Int!) {
    closeReviewRound(id: $id, version: $version) {
      ...ReviewRoundFields
    }
  }
`);

export const ANSWER_REVIEW_COMMENT = graphql(`
  mutation AnswerReviewComment($id: ID!, $version: Int!, $disposition: DispositionKind!, $reason: String) {
    answerReviewComment(id: $id, version: $version, disposition: $disposition, reason: $reason) {
      ...ReviewCommentFields
    }
  }
`);

export const APPLY_REVIEW_PROPOSAL = graphql(`
  mutation ApplyReviewProposal($id: ID!) {
    applyReviewProposal(id: $id) {
      ...ReviewCommentFields
    }
  }
`);

export const EXPORT_CONSIDERATION_TABLE = graphql(`
  mutation ExportConsiderationTable($roundId: ID!, $format: ExportFormat!) {
    exportConsiderationTable(roundId: $roundId, format: $format) {
      ...DataExportFields
    }
  }
`);
