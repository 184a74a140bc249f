import { graphql } from '../../../gql';

export const REGIONS = graphql(`
  query Regions {
    regions {
      id
      name
      kind
      municipalities {
        id
        name
        kind
      }
      organisations {
        id
        name
        type
        contactEmail
        version
        municipalities {
          id
          name
        }
      }
      revisions {
        id
        title
        createdAt
        phases {
          id
          kind
          state
        }
      }
    }
  }
`);
