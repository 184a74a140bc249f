import { graphql } from '../../../gql';

/** Spread into the revision queries and phase mutations; components take its type, PhaseFieldsFragment. */
export const PHASE_FIELDS = graphql(`
  fragment PhaseFields on Phase {
    id
    kind
    position
    state
    plannedStart
    plannedEnd
    activatedAt
    closedAt
    version
  }
`);

export const REVISION_DASHBOARD = graphql(`
  query RevisionDashboard($id: ID!) {
    revision(id: $id) {
      id
      title
      description
      regionId
      region {
        id
        name
      }
      predecessor {
        id
        title
      }
      phases {
        ...PhaseFields
      }
      fieldsOfAction {
        id
      }
      targetGroups {
        id
      }
      guidingGoals {
        id
      }
      guidelines {
        id
      }
    }
  }
`);

export const REVISION_PHASES = graphql(`
  query RevisionPhases($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      phases {
        ...PhaseFields
      }
    }
  }
`);

export const REVISION_CONTENTS = graphql(`
  query RevisionContents($id: ID!) {
    revision(id: $id) {
      id
      title
      description
      version
      regionId
      fieldsOfAction {
        id
        code
        title
        description
        position
        version
        goals {
          id
          text
          position
          version
        }
      }
      guidingGoals {
        id
        text
        position
        version
      }
      guidelines {
        id
        title
        text
        position
        version
      }
      targetGroups {
        id
        name
        description
        position
        version
      }
    }
  }
`);
