import { graphql } from '../../../gql';

export const CREATE_REVISION = graphql(`
  mutation CreateRevision($input: CreateRevisionInput!) {
    createRevision(input: $input) {
      id
      title
    }
  }
`);

export const UPDATE_REVISION = graphql(`
  mutation UpdateRevision($input: UpdateRevisionInput!) {
    updateRevision(input: $input) {
      id
      title
      description
      version
    }
  }
`);

export const PLAN_PHASE = graphql(`
  mutation PlanPhase($input: PlanPhaseInput!) {
    planPhase(input: $input) {
      ...PhaseFields
    }
  }
`);

export const ACTIVATE_PHASE = graphql(`
  mutation ActivatePhase($phaseId: ID!) {
    activatePhase(phaseId: $phaseId) {
      ...PhaseFields
    }
  }
`);

export const CLOSE_PHASE = graphql(`
  mutation ClosePhase($phaseId: ID!) {
    closePhase(phaseId: $phaseId) {
      ...PhaseFields
    }
  }
`);

export const REOPEN_PHASE = graphql(`
  mutation ReopenPhase($phaseId: ID!, $reason: String!) {
    reopenPhase(phaseId: $phaseId, reason: $reason) {
      ...PhaseFields
    }
  }
`);

export const SAVE_FIELD_OF_ACTION = graphql(`
  mutation SaveFieldOfAction($input: SaveFieldOfActionInput!) {
    saveFieldOfAction(input: $input) {
      id
      code
      title
      description
      position
      version
    }
  }
`);

export const DELETE_FIELD_OF_ACTION = graphql(`
  mutation DeleteFieldOfAction($id: ID!) {
    deleteFieldOfAction(id: $id)
  }
`);

export const SAVE_GOAL = graphql(`
  mutation SaveGoal($input: SaveGoalInput!) {
    saveGoal(input: $input) {
      id
      text
      position
      version
    }
  }
`);

export const DELETE_GOAL = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);

export const SAVE_GUIDELINE = graphql(`
  mutation SaveGuideline($input: SaveGuidelineInput!) {
    saveGuideline(input: $input) {
      id
      title
      text
      position
      version
    }
  }
`);

export const DELETE_GUIDELINE = graphql(`
  mutation DeleteGuideline($id: ID!) {
    deleteGuideline(id: $id)
  }
`);

export const SAVE_TARGET_GROUP = graphql(`
  mutation SaveTargetGroup($input: SaveTargetGroupInput!) {
    saveTargetGroup(input: $input) {
      id
      name
      description
      position
      version
    }
  }
`);

export const DELETE_TARGET_GROUP = graphql(`
  mutation DeleteTargetGroup($id: ID!) {
    deleteTargetGroup(id: $id)
  }
`);
