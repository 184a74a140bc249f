import { graphql } from '../../gql';

/** The revision with the fields of action and target groups answers, interviews and findings are coded to. */
export const FINDINGS_REVISION = graphql(`
  query FindingsRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      fieldsOfAction {
        id
        title
        position
      }
      targetGroups {
        id
        name
        position
      }
    }
  }
`);

export const SURVEY_RESULTS = graphql(`
  query SurveyResults($surveyId: ID!) {
    survey(id: $surveyId) {
      id
      revisionId
      status
      title {
        language
        text
      }
    }
    surveyResults(surveyId: $surveyId) {
      surveyId
      submitted
      audiences {
        audience
        invited
        started
        submitted
        responseRate
      }
      questions {
        questionId
        kind
        text {
          language
          text
        }
        answered
        options {
          key
          label {
            language
            text
          }
          count
        }
        fieldRatings {
          fieldOfActionId
          name
          count
          average
          distribution
        }
        ranks {
          key
          label {
            language
            text
          }
          averageRank
        }
        numberSummary {
          count
          min
          max
          mean
          median
        }
      }
    }
  }
`);

export const SURVEY_BREAKDOWN = graphql(`
  query SurveyBreakdown($surveyId: ID!, $questionId: ID!, $by: SurveyBreakdown!) {
    surveyBreakdown(surveyId: $surveyId, questionId: $questionId, by: $by) {
      questionId
      by
      suppressed
      groups {
        key
        label
        respondents
        merged
        options {
          key
          label {
            language
            text
          }
          count
        }
      }
    }
  }
`);

export const ANSWER_CODING_FIELDS = graphql(`
  fragment AnswerCodingFields on AnswerCoding {
    responseId
    questionId
    fieldOfActionIds
    targetGroupIds
    updatedAt
  }
`);

export const SURVEY_FREE_TEXTS = graphql(`
  query SurveyFreeTexts($surveyId: ID!, $questionId: ID) {
    surveyFreeTexts(surveyId: $surveyId, questionId: $questionId) {
      responseId
      questionId
      questionText {
        language
        text
      }
      text
      isOther
      language
      submittedAt
      findingIds
      coding {
        ...AnswerCodingFields
      }
    }
  }
`);

export const CODE_SURVEY_ANSWER = graphql(`
  mutation CodeSurveyAnswer($responseId: ID!, $questionId: ID!, $fieldOfActionIds: [ID!]!, $targetGroupIds: [ID!]!) {
    codeSurveyAnswer(
      responseId: $responseId
      questionId: $questionId
      fieldOfActionIds: $fieldOfActionIds
      targetGroupIds: $targetGroupIds
    ) {
      ...AnswerCodingFields
    }
  }
`);

export const FINDING_FIELDS = graphql(`
  fragment FindingFields on Finding {
    id
    revisionId
    fieldOfActionId
    title
    summary
    targetGroupIds
    createdAt
    version
    sources {
      id
      findingId
      kind
      responseId
      questionId
      interviewId
      excerpt
      createdAt
    }
  }
`);

export const FINDINGS = graphql(`
  query Findings($revisionId: ID!) {
    findings(revisionId: $revisionId) {
      ...FindingFields
    }
  }
`);

export const SAVE_FINDING = graphql(`
  mutation SaveFinding($revisionId: ID!, $input: FindingInput!, $id: ID, $version: Int) {
    saveFinding(revisionId: $revisionId, input: $input, id: $id, version: $version) {
      ...FindingFields
    }
  }
`);

export const DELETE_FINDING = graphql(`
  mutation DeleteFinding($id: ID!) {
    deleteFinding(id: $id)
  }
`);

export const ADD_FINDING_SOURCE = graphql(`
  mutation AddFindingSource($findingId: ID!, $responseId: ID, $questionId: ID, $interviewId: ID, $excerpt: String) {
    addFindingSource(
      findingId: $findingId
      responseId: $responseId
      questionId: $questionId
      interviewId: $interviewId
      excerpt: $excerpt
    ) {
      id
      findingId
    }
  }
`);

export const REMOVE_FINDING_SOURCE = graphql(`
  mutation RemoveFindingSource($id: ID!) {
    removeFindingSource(id: $id)
  }
`);

/** The recommendations of a field of action a finding can be cited by as evidence. */
export const FINDING_RECOMMENDATIONS = graphql(`
  query FindingRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {
    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {
      items {
        id
        reference
        title
      }
    }
  }
`);

export const LINK_FINDING = graphql(`
  mutation LinkFinding($findingId: ID!, $recommendationId: ID!) {
    linkFinding(findingId: $findingId, recommendationId: $recommendationId) {
      id
    }
  }
`);

export const INTERVIEW_FIELDS = graphql(`
  fragment InterviewFields on Interview {
    id
    revisionId
    heldOn
    category
    pseudonym
    consentGiven
    consentTextVersion
    notes
    fieldOfActionIds
    targetGroupIds
    createdAt
    version
  }
`);

export const INTERVIEWS = graphql(`
  query Interviews($revisionId: ID!) {
    interviews(revisionId: $revisionId) {
      ...InterviewFields
    }
  }
`);

export const SAVE_INTERVIEW = graphql(`
  mutation SaveInterview($revisionId: ID!, $input: InterviewInput!, $id: ID, $version: Int) {
    saveInterview(revisionId: $revisionId, input: $input, id: $id, version: $version) {
      ...InterviewFields
    }
  }
`);

export const DELETE_INTERVIEW = graphql(`
  mutation DeleteInterview($id: ID!) {
    deleteInterview(id: $id)
  }
`);

export const SURVEY_RESPONSE_EXPORTS = graphql(`
  query SurveyResponseExports($surveyId: ID!) {
    surveyResponseExports(surveyId: $surveyId) {
      ...DataExportFields
    }
  }
`);

export const START_SURVEY_RESPONSE_EXPORT = graphql(`
  mutation StartSurveyResponseExport($surveyId: ID!, $format: ExportFormat!) {
    exportSurveyResponses(surveyId: $surveyId, format: $format) {
      ...DataExportFields
    }
  }
`);
