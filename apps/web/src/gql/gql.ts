/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($revisionId: ID!, $limit: Int!, $offset: Int!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    auditLog(revisionId: $revisionId, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        createdAt\n        actorName\n        action\n        entityType\n        before\n        after\n        reason\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      regionName\n      revisionTitle\n      municipalityName\n      organisationName\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  fragment RecommendationExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": typeof types.RecommendationExportFieldsFragmentDoc,
    "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n": typeof types.RecommendationExportRevisionDocument,
    "\n  query RecommendationExport($id: ID!) {\n    dataExport(id: $id) {\n      ...RecommendationExportFields\n    }\n  }\n": typeof types.RecommendationExportDocument,
    "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...RecommendationExportFields\n    }\n  }\n": typeof types.RecommendationExportsDocument,
    "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...RecommendationExportFields\n    }\n  }\n": typeof types.StartRecommendationExportDocument,
    "\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n": typeof types.RequestFeasibilityDocument,
    "\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n": typeof types.AnswerFeasibilityDocument,
    "\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeasibilityRevisionDocument,
    "\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n": typeof types.FeasibilityMatrixDocument,
    "\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": typeof types.RequestableRecommendationsDocument,
    "\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n": typeof types.MyFeasibilityChecksDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.RevisionMembersDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n": typeof types.InviteCoordinatorDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SaveOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  mutation CreateRevision($input: CreateRevisionInput!) {\n    createRevision(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateRevisionDocument,
    "\n  mutation UpdateRevision($input: UpdateRevisionInput!) {\n    updateRevision(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": typeof types.UpdateRevisionDocument,
    "\n  mutation PlanPhase($input: PlanPhaseInput!) {\n    planPhase(input: $input) {\n      ...PhaseFields\n    }\n  }\n": typeof types.PlanPhaseDocument,
    "\n  mutation ActivatePhase($phaseId: ID!) {\n    activatePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n": typeof types.ActivatePhaseDocument,
    "\n  mutation ClosePhase($phaseId: ID!) {\n    closePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n": typeof types.ClosePhaseDocument,
    "\n  mutation ReopenPhase($phaseId: ID!, $reason: String!) {\n    reopenPhase(phaseId: $phaseId, reason: $reason) {\n      ...PhaseFields\n    }\n  }\n": typeof types.ReopenPhaseDocument,
    "\n  mutation SaveFieldOfAction($input: SaveFieldOfActionInput!) {\n    saveFieldOfAction(input: $input) {\n      id\n      code\n      title\n      description\n      position\n      version\n    }\n  }\n": typeof types.SaveFieldOfActionDocument,
    "\n  mutation DeleteFieldOfAction($id: ID!) {\n    deleteFieldOfAction(id: $id)\n  }\n": typeof types.DeleteFieldOfActionDocument,
    "\n  mutation SaveGoal($input: SaveGoalInput!) {\n    saveGoal(input: $input) {\n      id\n      text\n      position\n      version\n    }\n  }\n": typeof types.SaveGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  mutation SaveGuideline($input: SaveGuidelineInput!) {\n    saveGuideline(input: $input) {\n      id\n      title\n      text\n      position\n      version\n    }\n  }\n": typeof types.SaveGuidelineDocument,
    "\n  mutation DeleteGuideline($id: ID!) {\n    deleteGuideline(id: $id)\n  }\n": typeof types.DeleteGuidelineDocument,
    "\n  mutation SaveTargetGroup($input: SaveTargetGroupInput!) {\n    saveTargetGroup(input: $input) {\n      id\n      name\n      description\n      position\n      version\n    }\n  }\n": typeof types.SaveTargetGroupDocument,
    "\n  mutation DeleteTargetGroup($id: ID!) {\n    deleteTargetGroup(id: $id)\n  }\n": typeof types.DeleteTargetGroupDocument,
    "\n  fragment PhaseFields on Phase {\n    id\n    kind\n    position\n    state\n    plannedStart\n    plannedEnd\n    activatedAt\n    closedAt\n    version\n  }\n": typeof types.PhaseFieldsFragmentDoc,
    "\n  query RevisionDashboard($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      regionId\n      region {\n        id\n        name\n      }\n      predecessor {\n        id\n        title\n      }\n      phases {\n        ...PhaseFields\n      }\n      fieldsOfAction {\n        id\n      }\n      targetGroups {\n        id\n      }\n      guidingGoals {\n        id\n      }\n      guidelines {\n        id\n      }\n    }\n  }\n": typeof types.RevisionDashboardDocument,
    "\n  query RevisionPhases($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        ...PhaseFields\n      }\n    }\n  }\n": typeof types.RevisionPhasesDocument,
    "\n  query RevisionContents($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      version\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n        description\n        position\n        version\n        goals {\n          id\n          text\n          position\n          version\n        }\n      }\n      guidingGoals {\n        id\n        text\n        position\n        version\n      }\n      guidelines {\n        id\n        title\n        text\n        position\n        version\n      }\n      targetGroups {\n        id\n        name\n        description\n        position\n        version\n      }\n    }\n  }\n": typeof types.RevisionContentsDocument,
};
const documents: Documents = {
    "\n  query AuditLog($revisionId: ID!, $limit: Int!, $offset: Int!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    auditLog(revisionId: $revisionId, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        createdAt\n        actorName\n        action\n        entityType\n        before\n        after\n        reason\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      regionName\n      revisionTitle\n      municipalityName\n      organisationName\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  fragment RecommendationExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": types.RecommendationExportFieldsFragmentDoc,
    "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n": types.RecommendationExportRevisionDocument,
    "\n  query RecommendationExport($id: ID!) {\n    dataExport(id: $id) {\n      ...RecommendationExportFields\n    }\n  }\n": types.RecommendationExportDocument,
    "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...RecommendationExportFields\n    }\n  }\n": types.RecommendationExportsDocument,
    "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...RecommendationExportFields\n    }\n  }\n": types.StartRecommendationExportDocument,
    "\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n": types.RequestFeasibilityDocument,
    "\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n": types.AnswerFeasibilityDocument,
    "\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeasibilityRevisionDocument,
    "\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n": types.FeasibilityMatrixDocument,
    "\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": types.RequestableRecommendationsDocument,
    "\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n": types.MyFeasibilityChecksDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n": types.RevisionMembersDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n": types.InviteCoordinatorDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": types.SaveOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": types.DeleteOrganisationDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  mutation CreateRevision($input: CreateRevisionInput!) {\n    createRevision(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateRevisionDocument,
    "\n  mutation UpdateRevision($input: UpdateRevisionInput!) {\n    updateRevision(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n": types.UpdateRevisionDocument,
    "\n  mutation PlanPhase($input: PlanPhaseInput!) {\n    planPhase(input: $input) {\n      ...PhaseFields\n    }\n  }\n": types.PlanPhaseDocument,
    "\n  mutation ActivatePhase($phaseId: ID!) {\n    activatePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n": types.ActivatePhaseDocument,
    "\n  mutation ClosePhase($phaseId: ID!) {\n    closePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n": types.ClosePhaseDocument,
    "\n  mutation ReopenPhase($phaseId: ID!, $reason: String!) {\n    reopenPhase(phaseId: $phaseId, reason: $reason) {\n      ...PhaseFields\n    }\n  }\n": types.ReopenPhaseDocument,
    "\n  mutation SaveFieldOfAction($input: SaveFieldOfActionInput!) {\n    saveFieldOfAction(input: $input) {\n      id\n      code\n      title\n      description\n      position\n      version\n    }\n  }\n": types.SaveFieldOfActionDocument,
    "\n  mutation DeleteFieldOfAction($id: ID!) {\n    deleteFieldOfAction(id: $id)\n  }\n": types.DeleteFieldOfActionDocument,
    "\n  mutation SaveGoal($input: SaveGoalInput!) {\n    saveGoal(input: $input) {\n      id\n      text\n      position\n      version\n    }\n  }\n": types.SaveGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": types.DeleteGoalDocument,
    "\n  mutation SaveGuideline($input: SaveGuidelineInput!) {\n    saveGuideline(input: $input) {\n      id\n      title\n      text\n      position\n      version\n    }\n  }\n": types.SaveGuidelineDocument,
    "\n  mutation DeleteGuideline($id: ID!) {\n    deleteGuideline(id: $id)\n  }\n": types.DeleteGuidelineDocument,
    "\n  mutation SaveTargetGroup($input: SaveTargetGroupInput!) {\n    saveTargetGroup(input: $input) {\n      id\n      name\n      description\n      position\n      version\n    }\n  }\n": types.SaveTargetGroupDocument,
    "\n  mutation DeleteTargetGroup($id: ID!) {\n    deleteTargetGroup(id: $id)\n  }\n": types.DeleteTargetGroupDocument,
    "\n  fragment PhaseFields on Phase {\n    id\n    kind\n    position\n    state\n    plannedStart\n    plannedEnd\n    activatedAt\n    closedAt\n    version\n  }\n": types.PhaseFieldsFragmentDoc,
    "\n  query RevisionDashboard($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      regionId\n      region {\n        id\n        name\n      }\n      predecessor {\n        id\n        title\n      }\n      phases {\n        ...PhaseFields\n      }\n      fieldsOfAction {\n        id\n      }\n      targetGroups {\n        id\n      }\n      guidingGoals {\n        id\n      }\n      guidelines {\n        id\n      }\n    }\n  }\n": types.RevisionDashboardDocument,
    "\n  query RevisionPhases($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        ...PhaseFields\n      }\n    }\n  }\n": types.RevisionPhasesDocument,
    "\n  query RevisionContents($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      version\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n        description\n        position\n        version\n        goals {\n          id\n          text\n          position\n          version\n        }\n      }\n      guidingGoals {\n        id\n        text\n        position\n        version\n      }\n      guidelines {\n        id\n        title\n        text\n        position\n        version\n      }\n      targetGroups {\n        id\n        name\n        description\n        position\n        version\n      }\n    }\n  }\n": types.RevisionContentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($revisionId: ID!, $limit: Int!, $offset: Int!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    auditLog(revisionId: $revisionId, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        createdAt\n        actorName\n        action\n        entityType\n        before\n        after\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($revisionId: ID!, $limit: Int!, $offset: Int!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    auditLog(revisionId: $revisionId, limit: $limit, offset: $offset) {\n      total\n      entries {\n        id\n        createdAt\n        actorName\n        action\n        entityType\n        before\n        after\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      regionName\n      revisionTitle\n      municipalityName\n      organisationName\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      regionName\n      revisionTitle\n      municipalityName\n      organisationName\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment RecommendationExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n"): (typeof documents)["\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationExport($id: ID!) {\n    dataExport(id: $id) {\n      ...RecommendationExportFields\n    }\n  }\n"): (typeof documents)["\n  query RecommendationExport($id: ID!) {\n    dataExport(id: $id) {\n      ...RecommendationExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...RecommendationExportFields\n    }\n  }\n"): (typeof documents)["\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...RecommendationExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...RecommendationExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...RecommendationExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRevision($input: CreateRevisionInput!) {\n    createRevision(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRevision($input: CreateRevisionInput!) {\n    createRevision(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRevision($input: UpdateRevisionInput!) {\n    updateRevision(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRevision($input: UpdateRevisionInput!) {\n    updateRevision(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanPhase($input: PlanPhaseInput!) {\n    planPhase(input: $input) {\n      ...PhaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlanPhase($input: PlanPhaseInput!) {\n    planPhase(input: $input) {\n      ...PhaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivatePhase($phaseId: ID!) {\n    activatePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivatePhase($phaseId: ID!) {\n    activatePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePhase($phaseId: ID!) {\n    closePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePhase($phaseId: ID!) {\n    closePhase(phaseId: $phaseId) {\n      ...PhaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPhase($phaseId: ID!, $reason: String!) {\n    reopenPhase(phaseId: $phaseId, reason: $reason) {\n      ...PhaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPhase($phaseId: ID!, $reason: String!) {\n    reopenPhase(phaseId: $phaseId, reason: $reason) {\n      ...PhaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFieldOfAction($input: SaveFieldOfActionInput!) {\n    saveFieldOfAction(input: $input) {\n      id\n      code\n      title\n      description\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFieldOfAction($input: SaveFieldOfActionInput!) {\n    saveFieldOfAction(input: $input) {\n      id\n      code\n      title\n      description\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFieldOfAction($id: ID!) {\n    deleteFieldOfAction(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFieldOfAction($id: ID!) {\n    deleteFieldOfAction(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGoal($input: SaveGoalInput!) {\n    saveGoal(input: $input) {\n      id\n      text\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveGoal($input: SaveGoalInput!) {\n    saveGoal(input: $input) {\n      id\n      text\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGuideline($input: SaveGuidelineInput!) {\n    saveGuideline(input: $input) {\n      id\n      title\n      text\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveGuideline($input: SaveGuidelineInput!) {\n    saveGuideline(input: $input) {\n      id\n      title\n      text\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGuideline($id: ID!) {\n    deleteGuideline(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGuideline($id: ID!) {\n    deleteGuideline(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTargetGroup($input: SaveTargetGroupInput!) {\n    saveTargetGroup(input: $input) {\n      id\n      name\n      description\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTargetGroup($input: SaveTargetGroupInput!) {\n    saveTargetGroup(input: $input) {\n      id\n      name\n      description\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTargetGroup($id: ID!) {\n    deleteTargetGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTargetGroup($id: ID!) {\n    deleteTargetGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhaseFields on Phase {\n    id\n    kind\n    position\n    state\n    plannedStart\n    plannedEnd\n    activatedAt\n    closedAt\n    version\n  }\n"): (typeof documents)["\n  fragment PhaseFields on Phase {\n    id\n    kind\n    position\n    state\n    plannedStart\n    plannedEnd\n    activatedAt\n    closedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionDashboard($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      regionId\n      region {\n        id\n        name\n      }\n      predecessor {\n        id\n        title\n      }\n      phases {\n        ...PhaseFields\n      }\n      fieldsOfAction {\n        id\n      }\n      targetGroups {\n        id\n      }\n      guidingGoals {\n        id\n      }\n      guidelines {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionDashboard($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      regionId\n      region {\n        id\n        name\n      }\n      predecessor {\n        id\n        title\n      }\n      phases {\n        ...PhaseFields\n      }\n      fieldsOfAction {\n        id\n      }\n      targetGroups {\n        id\n      }\n      guidingGoals {\n        id\n      }\n      guidelines {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionPhases($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        ...PhaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionPhases($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        ...PhaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionContents($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      version\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n        description\n        position\n        version\n        goals {\n          id\n          text\n          position\n          version\n        }\n      }\n      guidingGoals {\n        id\n        text\n        position\n        version\n      }\n      guidelines {\n        id\n        title\n        text\n        position\n        version\n      }\n      targetGroups {\n        id\n        name\n        description\n        position\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionContents($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      description\n      version\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n        description\n        position\n        version\n        goals {\n          id\n          text\n          position\n          version\n        }\n      }\n      guidingGoals {\n        id\n        text\n        position\n        version\n      }\n      guidelines {\n        id\n        title\n        text\n        position\n        version\n      }\n      targetGroups {\n        id\n        name\n        description\n        position\n        version\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;