import { graphql } from '../../../gql';

export const REQUEST_FEASIBILITY = graphql(`
  mutation RequestFeasibility($input: RequestFeasibilityInput!) {
    requestFeasibility(input: $input) {
      created
      skipped
      organisationsWithoutRecipient
      request {
        id
        deadline
      }
    }
  }
`);

export const ANSWER_FEASIBILITY = graphql(`
  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {
    answerFeasibility(input: $input) {
      id
      answer
      comment
      answeredAt
      canAnswer
      version
    }
  }
`);
