import { graphql } from '../../../gql';

export const CREATE_REVISION = graphql(`
  mutation CreateRevision($input: CreateRevisionInput!) {
    createRevision(input: $input) {
      id
      title
    }
  }
`);
