import { graphql } from '../../gql';

/** The revision the surveys belong to, with the region's other revisions (to name where a copy comes from). */
export const SURVEYS_REVISION = graphql(`
  query SurveysRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      region {
        id
        revisions {
          id
          title
        }
      }
    }
  }
`);

export const SURVEY_SUMMARY = graphql(`
  fragment SurveySummary on Survey {
    id
    revisionId
    title {
      language
      text
    }
    status
    opensAt
    closesAt
    createdAt
    publicToken
  }
`);

export const SURVEYS = graphql(`
  query Surveys($revisionId: ID!) {
    surveys(revisionId: $revisionId) {
      ...SurveySummary
    }
  }
`);

export const COPYABLE_SURVEYS = graphql(`
  query CopyableSurveys($revisionId: ID!) {
    copyableSurveys(revisionId: $revisionId) {
      ...SurveySummary
    }
  }
`);

export const CREATE_SURVEY = graphql(`
  mutation CreateSurvey($revisionId: ID!, $input: SurveyInput!) {
    createSurvey(revisionId: $revisionId, input: $input) {
      ...SurveySummary
    }
  }
`);

export const COPY_SURVEY = graphql(`
  mutation CopySurvey($revisionId: ID!, $sourceId: ID!) {
    copySurvey(revisionId: $revisionId, sourceId: $sourceId) {
      ...SurveySummary
    }
  }
`);

export const SURVEY_QUESTION_FIELDS = graphql(`
  fragment SurveyQuestionFields on SurveyQuestion {
    id
    sectionId
    position
    kind
    required
    allowOther
    text {
      language
      text
    }
    help {
      language
      text
    }
    options {
      key
      label {
        language
        text
      }
    }
    condition {
      questionId
      optionKeys
    }
  }
`);

/**
 * A survey's own fields and translation state. Its changes answer with them, so the cache never holds a new
 * version with old settings; sections are left out there, as the API's query cost limit counts every level.
 */
export const SURVEY_SETTINGS = graphql(`
  fragment SurveySettings on Survey {
    id
    revisionId
    version
    status
    opensAt
    closesAt
    createdAt
    publicToken
    languages
    reminderDaysBefore
    copiedFromId
    title {
      language
      text
    }
    intro {
      language
      text
    }
    missingTranslations {
      language
      missing
    }
  }
`);

/** A survey whole, as the builder edits it. */
export const SURVEY = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveySettings
      sections {
        id
        position
        title {
          language
          text
        }
        description {
          language
          text
        }
        questions {
          ...SurveyQuestionFields
        }
      }
    }
  }
`);

export const UPDATE_SURVEY = graphql(`
  mutation UpdateSurvey($id: ID!, $version: Int!, $input: SurveyInput!) {
    updateSurvey(id: $id, version: $version, input: $input) {
      ...SurveySettings
    }
  }
`);

export const PUBLISH_SURVEY = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      ...SurveySettings
    }
  }
`);

export const SET_SURVEY_PUBLIC_LINK = graphql(`
  mutation SetSurveyPublicLink($id: ID!, $enabled: Boolean!) {
    setSurveyPublicLink(id: $id, enabled: $enabled) {
      ...SurveySettings
    }
  }
`);

export const SAVE_SURVEY_SECTION = graphql(`
  mutation SaveSurveySection($surveyId: ID!, $id: ID, $input: SurveySectionInput!) {
    saveSurveySection(surveyId: $surveyId, id: $id, input: $input) {
      id
    }
  }
`);

export const DELETE_SURVEY_SECTION = graphql(`
  mutation DeleteSurveySection($id: ID!) {
    deleteSurveySection(id: $id)
  }
`);

export const MOVE_SURVEY_SECTION = graphql(`
  mutation MoveSurveySection($id: ID!, $position: Int!) {
    moveSurveySection(id: $id, position: $position) {
      id
      position
    }
  }
`);

export const SAVE_SURVEY_QUESTION = graphql(`
  mutation SaveSurveyQuestion($surveyId: ID!, $id: ID, $input: SurveyQuestionInput!) {
    saveSurveyQuestion(surveyId: $surveyId, id: $id, input: $input) {
      ...SurveyQuestionFields
    }
  }
`);

export const DELETE_SURVEY_QUESTION = graphql(`
  mutation DeleteSurveyQuestion($id: ID!) {
    deleteSurveyQuestion(id: $id)
  }
`);

export const MOVE_SURVEY_QUESTION = graphql(`
  mutation MoveSurveyQuestion($id: ID!, $position: Int!) {
    moveSurveyQuestion(id: $id, position: $position) {
      id
      position
    }
  }
`);

export const SURVEY_INVITATIONS = graphql(`
  query SurveyInvitations($surveyId: ID!) {
    surveyInvitations(surveyId: $surveyId) {
      id
      email
      name
      audience
      language
      createdAt
      submittedAt
    }
  }
`);

export const INVITE_TO_SURVEY = graphql(`
  mutation InviteToSurvey($surveyId: ID!, $invitees: [SurveyInviteeInput!]!) {
    inviteToSurvey(surveyId: $surveyId, invitees: $invitees) {
      invited
      alreadyInvited
    }
  }
`);

export const DELETE_SURVEY_INVITATION = graphql(`
  mutation DeleteSurveyInvitation($id: ID!) {
    deleteSurveyInvitation(id: $id)
  }
`);
