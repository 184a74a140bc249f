import { graphql } from '../../gql';

/** Everything the form shows of a section: texts in all languages, the questions and their conditions. */
export const RESPOND_SECTION = graphql(`
  fragment RespondSection on SurveySection {
    id
    title {
      language
      text
    }
    description {
      language
      text
    }
    questions {
      id
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
  }
`);

/** The survey behind an invitation, a started public response or the public link; no sign-in needed. */
export const RESPONDENT_SURVEY = graphql(`
  query RespondentSurvey($token: String!) {
    respondentSurvey(token: $token) {
      surveyId
      title {
        language
        text
      }
      intro {
        language
        text
      }
      languages
      availability
      opensAt
      closesAt
      audience
      isPublicLink
      language
      submittedAt
      sections {
        ...RespondSection
      }
      answers {
        questionId
        choice
        choices
        other
        ratings {
          fieldOfActionId
          rating
        }
        order
        text
        number
        date
        municipalityId
      }
      fieldsOfAction {
        id
        name
      }
      municipalities {
        id
        name
      }
    }
  }
`);

export const START_SURVEY_RESPONSE = graphql(`
  mutation StartSurveyResponse($publicToken: String!, $language: String!) {
    startSurveyResponse(publicToken: $publicToken, language: $language)
  }
`);

export const SAVE_SURVEY_ANSWERS = graphql(`
  mutation SaveSurveyAnswers($token: String!, $language: String!, $answers: [SurveyAnswerInput!]!) {
    saveSurveyAnswers(token: $token, language: $language, answers: $answers) {
      savedAt
      submittedAt
    }
  }
`);

export const SUBMIT_SURVEY_RESPONSE = graphql(`
  mutation SubmitSurveyResponse($token: String!, $language: String!, $answers: [SurveyAnswerInput!]!) {
    submitSurveyResponse(token: $token, language: $language, answers: $answers) {
      savedAt
      submittedAt
    }
  }
`);

/** The coordinator's preview: the survey as it stands, with the revision's fields of action and places. */
export const SURVEY_PREVIEW = graphql(`
  query SurveyPreview($surveyId: ID!, $revisionId: ID!) {
    survey(id: $surveyId) {
      id
      revisionId
      title {
        language
        text
      }
      intro {
        language
        text
      }
      languages
      sections {
        ...RespondSection
      }
    }
    revision(id: $revisionId) {
      id
      fieldsOfAction {
        id
        title
      }
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
