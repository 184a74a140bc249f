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
    "\n  query ConceptDraftPage($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      title\n      version\n      sections {\n        id\n        parentId\n        position\n        kind\n        fieldOfActionId\n        title\n        body\n        liveHtml\n        version\n        updatedAt\n      }\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n": typeof types.ConceptDraftPageDocument,
    "\n  mutation CreateConceptDraft($revisionId: ID!, $title: String) {\n    createConceptDraft(revisionId: $revisionId, title: $title) {\n      id\n    }\n  }\n": typeof types.CreateConceptDraftDocument,
    "\n  mutation AddConceptSection($draftId: ID!, $input: NewConceptSectionInput!) {\n    addConceptSection(draftId: $draftId, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddConceptSectionDocument,
    "\n  mutation UpdateConceptSection($id: ID!, $version: Int!, $input: ConceptSectionInput!) {\n    updateConceptSection(id: $id, version: $version, input: $input) {\n      id\n      title\n      body\n      liveHtml\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateConceptSectionDocument,
    "\n  mutation DeleteConceptSection($id: ID!) {\n    deleteConceptSection(id: $id)\n  }\n": typeof types.DeleteConceptSectionDocument,
    "\n  mutation MoveConceptSection($id: ID!, $direction: Int!) {\n    moveConceptSection(id: $id, direction: $direction) {\n      id\n      position\n      version\n    }\n  }\n": typeof types.MoveConceptSectionDocument,
    "\n  mutation FreezeConceptVersion($draftId: ID!, $note: String) {\n    freezeConceptVersion(draftId: $draftId, note: $note) {\n      id\n      number\n      note\n      frozenAt\n    }\n  }\n": typeof types.FreezeConceptVersionDocument,
    "\n  query CompareDraftVersions($fromId: ID!, $toId: ID!) {\n    compareDraftVersions(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      changed\n      html\n      docxUrl\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CompareDraftVersionsDocument,
    "\n  query ConferenceRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.ConferenceRevisionDocument,
    "\n  query Conferences($revisionId: ID!) {\n    conferences(revisionId: $revisionId) {\n      id\n      revisionId\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n        createdAt\n      }\n      registrationCounts {\n        confirmed\n        waitlisted\n        cancelled\n      }\n      workshops {\n        id\n        title\n        fieldOfActionId\n        room\n        slotStartsAt\n        slotEndsAt\n        capacity\n        version\n        joinCode\n        moderators {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ConferencesDocument,
    "\n  query Registrations($conferenceId: ID!, $status: RegistrationStatus) {\n    registrations(conferenceId: $conferenceId, status: $status) {\n      id\n      name\n      email\n      organisation\n      role\n      status\n      preferences\n      accessibilityNeeds\n      createdAt\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  query PublicConference($id: ID!) {\n    publicConference(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      placesLeft\n      municipalities {\n        id\n        name\n      }\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n      }\n      workshops {\n        id\n        title\n        fieldOfAction\n        room\n        slotStartsAt\n        slotEndsAt\n      }\n    }\n  }\n": typeof types.PublicConferenceDocument,
    "\n  mutation CreateConference($input: CreateConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateConferenceDocument,
    "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n    }\n  }\n": typeof types.UpdateConferenceDocument,
    "\n  mutation SetConferencePrivacyText($conferenceId: ID!, $textDe: String!, $textEn: String!) {\n    setConferencePrivacyText(conferenceId: $conferenceId, textDe: $textDe, textEn: $textEn) {\n      id\n      version\n    }\n  }\n": typeof types.SetConferencePrivacyTextDocument,
    "\n  mutation AddWorkshop($conferenceId: ID!, $input: WorkshopSessionInput!) {\n    addWorkshop(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $version: Int!, $input: WorkshopSessionInput!) {\n    updateWorkshop(id: $id, version: $version, input: $input) {\n      id\n      title\n      fieldOfActionId\n      room\n      slotStartsAt\n      slotEndsAt\n      capacity\n      version\n    }\n  }\n": typeof types.UpdateWorkshopDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      status\n      waitlistPosition\n      conferenceTitle\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation CancelRegistration($token: String!) {\n    cancelRegistration(token: $token) {\n      cancelledNow\n      conferenceTitle\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation CancelRegistrationById($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelRegistrationByIdDocument,
    "\n  fragment AssignmentSlotFields on AssignmentSlotReport {\n    slotStartsAt\n    registrants\n    byRank {\n      rank\n      count\n      share\n    }\n    unassigned\n    overrides\n    overCapacity {\n      sessionId\n      capacity\n      assigned\n    }\n  }\n": typeof types.AssignmentSlotFieldsFragmentDoc,
    "\n  query AssignmentReport($conferenceId: ID!) {\n    assignmentReport(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n": typeof types.AssignmentReportDocument,
    "\n  mutation AssignWorkshops($conferenceId: ID!) {\n    assignWorkshops(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n": typeof types.AssignWorkshopsDocument,
    "\n  query WorkshopPlaces($conferenceId: ID!) {\n    workshopPlaces(conferenceId: $conferenceId) {\n      registrationId\n      sessionId\n      name\n      organisation\n      role\n      rank\n      manual\n      checkedInAt\n    }\n  }\n": typeof types.WorkshopPlacesDocument,
    "\n  query ConfirmedWishes($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      preferences\n    }\n  }\n": typeof types.ConfirmedWishesDocument,
    "\n  mutation SetWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    setWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId) {\n      registrationId\n      sessionId\n    }\n  }\n": typeof types.SetWorkshopPlaceDocument,
    "\n  mutation ClearWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    clearWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId)\n  }\n": typeof types.ClearWorkshopPlaceDocument,
    "\n  query CheckInList($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      checkedInAt\n    }\n  }\n": typeof types.CheckInListDocument,
    "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query ConferencePhotos($conferenceId: ID!) {\n    conferencePhotos(conferenceId: $conferenceId) {\n      id\n      sessionId\n      caption\n      width\n      height\n      byteSize\n    }\n  }\n": typeof types.ConferencePhotosDocument,
    "\n  mutation DeleteConferencePhoto($id: ID!) {\n    deleteConferencePhoto(id: $id)\n  }\n": typeof types.DeleteConferencePhotoDocument,
    "\n  fragment DataExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": typeof types.DataExportFieldsFragmentDoc,
    "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n": typeof types.RecommendationExportRevisionDocument,
    "\n  query DataExportProgress($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n": typeof types.DataExportProgressDocument,
    "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...DataExportFields\n    }\n  }\n": typeof types.RecommendationExportsDocument,
    "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": typeof types.StartRecommendationExportDocument,
    "\n  query ConferenceDocumentationExports($conferenceId: ID!) {\n    conferenceDocumentationExports(conferenceId: $conferenceId) {\n      ...DataExportFields\n    }\n  }\n": typeof types.ConferenceDocumentationExportsDocument,
    "\n  mutation StartConferenceDocumentation($conferenceId: ID!, $format: ExportFormat!) {\n    exportConferenceDocumentation(conferenceId: $conferenceId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": typeof types.StartConferenceDocumentationDocument,
    "\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n": typeof types.RequestFeasibilityDocument,
    "\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n": typeof types.AnswerFeasibilityDocument,
    "\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeasibilityRevisionDocument,
    "\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n": typeof types.FeasibilityMatrixDocument,
    "\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": typeof types.RequestableRecommendationsDocument,
    "\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n": typeof types.MyFeasibilityChecksDocument,
    "\n  query InventoryRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        name\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InventoryRevisionDocument,
    "\n  query Indicators($revisionId: ID!) {\n    indicators(revisionId: $revisionId) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n      values {\n        id\n        municipalityId\n        municipalityName\n        year\n        value\n        version\n      }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  mutation CreateIndicator($revisionId: ID!, $input: IndicatorInput!) {\n    createIndicator(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($id: ID!) {\n    deleteIndicator(id: $id)\n  }\n": typeof types.DeleteIndicatorDocument,
    "\n  mutation CorrectIndicatorValue($id: ID!, $version: Int!, $value: Float!) {\n    correctIndicatorValue(id: $id, version: $version, value: $value) {\n      id\n      value\n      version\n    }\n  }\n": typeof types.CorrectIndicatorValueDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.RevisionMembersDocument,
    "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      unread\n      items {\n        id\n        kind\n        params\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(limit: 1) {\n      unread\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query OffersRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OffersRevisionDocument,
    "\n  query OffersViewer {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n        organisationId\n      }\n    }\n  }\n": typeof types.OffersViewerDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    organisationId\n    kind\n    title\n    description\n    municipalityIds\n    fieldOfActionIds\n    targetGroupIds\n    languages\n    accessibility\n    contactEmail\n    contactPhone\n    address\n    website\n    confirmedAt\n    updatedAt\n    version\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  query Offers($revisionId: ID!) {\n    offers(revisionId: $revisionId) {\n      ...OfferFields\n    }\n    networks(revisionId: $revisionId) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n    needs(revisionId: $revisionId) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n": typeof types.OffersDocument,
    "\n  query OfferGaps($revisionId: ID!, $targetGroupId: ID) {\n    offerGaps(revisionId: $revisionId, targetGroupId: $targetGroupId) {\n      fieldOfActionId\n      municipalityId\n      offers\n    }\n  }\n": typeof types.OfferGapsDocument,
    "\n  mutation SaveOffer($revisionId: ID!, $input: OfferInput!, $id: ID, $version: Int) {\n    saveOffer(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      ...OfferFields\n    }\n  }\n": typeof types.SaveOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.ConfirmOfferDocument,
    "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id)\n  }\n": typeof types.DeleteOfferDocument,
    "\n  mutation SaveNetwork($revisionId: ID!, $input: NetworkInput!, $id: ID, $version: Int) {\n    saveNetwork(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n  }\n": typeof types.SaveNetworkDocument,
    "\n  mutation SaveNeed($revisionId: ID!, $input: NeedInput!, $id: ID, $version: Int) {\n    saveNeed(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n": typeof types.SaveNeedDocument,
    "\n  query Wegweiser($revisionId: ID!, $filter: WegweiserFilterInput) {\n    wegweiser(revisionId: $revisionId, filter: $filter) {\n      id\n      kind\n      title\n      description\n      provider\n      municipalities\n      fieldsOfAction\n      targetGroups\n      languages\n      accessibility\n      contactEmail\n      contactPhone\n      address\n      website\n      confirmedAt\n    }\n  }\n": typeof types.WegweiserDocument,
    "\n  query NeedRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {\n      items {\n        id\n        reference\n        title\n      }\n    }\n  }\n": typeof types.NeedRecommendationsDocument,
    "\n  mutation LinkNeedToRecommendation($needId: ID!, $recommendationId: ID!) {\n    linkNeedToRecommendation(needId: $needId, recommendationId: $recommendationId) {\n      id\n    }\n  }\n": typeof types.LinkNeedToRecommendationDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query PublishedConcepts {\n    publishedConcepts {\n      revisionId\n      title\n      regionName\n      publishedAt\n    }\n  }\n": typeof types.PublishedConceptsDocument,
    "\n  query PublishedConcept($revisionId: ID!, $fieldOfActionId: ID, $targetGroupId: ID, $search: String) {\n    publishedConcept(revisionId: $revisionId) {\n      revisionId\n      title\n      regionName\n      publishedAt\n      versionNumber\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      sections {\n        id\n        parentId\n        level\n        title\n        html\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      everyRecommendation: recommendations {\n        reference\n        fieldOfAction {\n          id\n        }\n      }\n      recommendations(fieldOfActionId: $fieldOfActionId, targetGroupId: $targetGroupId, search: $search) {\n        reference\n        title\n        fieldOfAction {\n          id\n          title\n        }\n        targetGroups {\n          id\n          name\n        }\n        municipalities\n        rationale\n        timeHorizon\n      }\n      documents {\n        format\n        url\n        fileName\n        byteSize\n      }\n    }\n  }\n": typeof types.PublishedConceptDocument,
    "\n  query ConceptPublication($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n    conceptPublication(revisionId: $revisionId) {\n      id\n      version\n      versionId\n      finalisedAt\n      overrideReason\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      publishedAt\n      recommendationCount\n      draftVersion {\n        id\n        number\n      }\n    }\n  }\n": typeof types.ConceptPublicationDocument,
    "\n  query PublicationDocuments($revisionId: ID!) {\n    conceptPublication(revisionId: $revisionId) {\n      id\n      documents {\n        ...DataExportFields\n      }\n    }\n  }\n": typeof types.PublicationDocumentsDocument,
    "\n  mutation FinaliseConceptVersion($versionId: ID!, $overrideReason: String) {\n    finaliseConceptVersion(versionId: $versionId, overrideReason: $overrideReason) {\n      id\n      version\n    }\n  }\n": typeof types.FinaliseConceptVersionDocument,
    "\n  mutation RecordConceptAdoption($id: ID!, $version: Int!, $input: AdoptionInput!) {\n    recordConceptAdoption(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordConceptAdoptionDocument,
    "\n  mutation PublishConcept($id: ID!, $version: Int!) {\n    publishConcept(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n": typeof types.PublishConceptDocument,
    "\n  query RecommendationViewsRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RecommendationViewsRevisionDocument,
    "\n  query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) {\n    recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n        fieldOfAction {\n          id\n          title\n        }\n        authors {\n          id\n          displayName\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RecommendationListDocument,
    "\n  query RecommendationBoard($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 1000) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n      }\n    }\n  }\n": typeof types.RecommendationBoardDocument,
    "\n  query RecommendationCoverage($revisionId: ID!) {\n    recommendationCoverage(revisionId: $revisionId) {\n      fieldOfActionId\n      targetGroupId\n      count\n    }\n  }\n": typeof types.RecommendationCoverageDocument,
    "\n  fragment RecommendationContent on Recommendation {\n    id\n    reference\n    title\n    rationale\n    status\n    version\n    fieldOfActionId\n    fieldOfAction {\n      id\n      code\n      title\n    }\n    targetGroups {\n      id\n      name\n    }\n    allMunicipalities\n    municipalities {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n    }\n    timeHorizon\n    resources\n    indicators\n  }\n": typeof types.RecommendationContentFragmentDoc,
    "\n  query WorkbenchRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkbenchRevisionDocument,
    "\n  query RecommendationForEdit($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      viewerCanEdit\n    }\n  }\n": typeof types.RecommendationForEditDocument,
    "\n  query RecommendationDetail($id: ID!, $revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      statusReason\n      statusChangedAt\n      createdAt\n      updatedAt\n      availableActions\n      viewerCanEdit\n      viewerIsAuthor\n      supportCount\n      supportedByMe\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n        kind\n        label\n        targetId\n        url\n      }\n      mergedInto {\n        id\n        reference\n        title\n      }\n      mergedFrom {\n        id\n        reference\n        title\n      }\n      comments {\n        comment {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n        replies {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n      }\n      versions {\n        number\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.RecommendationDetailDocument,
    "\n  query MergeSource($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      supportCount\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n      }\n      comments {\n        comment {\n          id\n        }\n        replies {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MergeSourceDocument,
    "\n  query SimilarRecommendations($revisionId: ID!, $title: String!, $rationale: String!, $excludeId: ID) {\n    similarRecommendations(revisionId: $revisionId, title: $title, rationale: $rationale, excludeId: $excludeId) {\n      score\n      recommendation {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": typeof types.SimilarRecommendationsDocument,
    "\n  query RecommendationDiff($id: ID!, $from: Int!, $to: Int!) {\n    recommendationDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n      segments {\n        kind\n        text\n      }\n    }\n  }\n": typeof types.RecommendationDiffDocument,
    "\n  query CoAuthorCandidates($revisionId: ID!) {\n    coAuthorCandidates(revisionId: $revisionId) {\n      id\n      displayName\n    }\n  }\n": typeof types.CoAuthorCandidatesDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n": typeof types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  mutation TransitionRecommendation($id: ID!, $action: RecommendationAction!, $reason: String) {\n    transitionRecommendation(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      statusReason\n      statusChangedAt\n      availableActions\n      viewerCanEdit\n    }\n  }\n": typeof types.TransitionRecommendationDocument,
    "\n  mutation SupportRecommendation($id: ID!) {\n    supportRecommendation(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": typeof types.SupportRecommendationDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation AddRecommendationComment($id: ID!, $body: String!, $parentId: ID) {\n    addRecommendationComment(id: $id, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": typeof types.AddRecommendationCommentDocument,
    "\n  mutation AddCoAuthor($id: ID!, $accountId: ID!) {\n    addCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddCoAuthorDocument,
    "\n  mutation RemoveCoAuthor($id: ID!, $accountId: ID!) {\n    removeCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RemoveCoAuthorDocument,
    "\n  mutation MergeRecommendations($input: MergeRecommendationsInput!) {\n    mergeRecommendations(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.MergeRecommendationsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n": typeof types.InviteCoordinatorDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SaveOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query ReviewRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewRevisionDocument,
    "\n  query ReviewDraftVersions($revisionId: ID!) {\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n": typeof types.ReviewDraftVersionsDocument,
    "\n  fragment ReviewRoundFields on ReviewRound {\n    id\n    revisionId\n    number\n    status\n    deadline\n    reminderDaysBefore\n    othersVisible\n    version\n    createdAt\n    closedAt\n    draftVersion {\n      id\n      number\n    }\n    myPart {\n      municipalityId\n      deadline\n    }\n  }\n": typeof types.ReviewRoundFieldsFragmentDoc,
    "\n  fragment ReviewBoardFields on ReviewBoardRow {\n    municipalityId\n    municipalityName\n    deadline\n    progress\n    openedAt\n    comments\n    statement\n  }\n": typeof types.ReviewBoardFieldsFragmentDoc,
    "\n  query ReviewRounds($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      ...ReviewRoundFields\n    }\n  }\n": typeof types.ReviewRoundsDocument,
    "\n  query ReviewRoundsBoards($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n    }\n  }\n": typeof types.ReviewRoundsBoardsDocument,
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    municipalityId\n    municipalityName\n    sectionId\n    sectionTitle\n    quote\n    text\n    proposedText\n    disposition\n    dispositionReason\n    disposedAt\n    proposalAppliedAt\n    createdAt\n    version\n    passage {\n      found\n      start\n      end\n    }\n  }\n": typeof types.ReviewCommentFieldsFragmentDoc,
    "\n  query ReviewRound($id: ID!) {\n    reviewRound(id: $id) {\n      ...ReviewRoundFields\n      draftVersion {\n        id\n        number\n        sections {\n          id\n          parentId\n          level\n          title\n          html\n        }\n      }\n      comments {\n        ...ReviewCommentFields\n      }\n      statements {\n        id\n        municipalityId\n        municipalityName\n        kind\n        text\n        givenAt\n      }\n    }\n  }\n": typeof types.ReviewRoundDocument,
    "\n  query ReviewRoundCoordination($id: ID!) {\n    reviewRound(id: $id) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n      considerationTable {\n        commentId\n        municipality\n        section\n        passage\n        comment\n        proposedText\n        answer\n        reason\n      }\n      considerationExports {\n        ...DataExportFields\n      }\n    }\n  }\n": typeof types.ReviewRoundCoordinationDocument,
    "\n  mutation StartReviewRound($input: StartReviewRoundInput!) {\n    startReviewRound(input: $input) {\n      ...ReviewRoundFields\n    }\n  }\n": typeof types.StartReviewRoundDocument,
    "\n  mutation OpenReviewRound($id: ID!) {\n    openReviewRound(id: $id) {\n      id\n    }\n  }\n": typeof types.OpenReviewRoundDocument,
    "\n  mutation AddReviewComment($input: ReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.AddReviewCommentDocument,
    "\n  mutation GiveReviewStatement($roundId: ID!, $kind: StatementKind!, $text: String) {\n    giveReviewStatement(roundId: $roundId, kind: $kind, text: $text) {\n      id\n      kind\n      text\n      givenAt\n    }\n  }\n": typeof types.GiveReviewStatementDocument,
    "\n  mutation ExtendReviewDeadline($roundId: ID!, $municipalityId: ID!, $deadline: DateTime!) {\n    extendReviewDeadline(roundId: $roundId, municipalityId: $municipalityId, deadline: $deadline) {\n      ...ReviewBoardFields\n    }\n  }\n": typeof types.ExtendReviewDeadlineDocument,
    "\n  mutation CloseReviewRound($id: ID!, $version: Int!) {\n    closeReviewRound(id: $id, version: $version) {\n      ...ReviewRoundFields\n    }\n  }\n": typeof types.CloseReviewRoundDocument,
    "\n  mutation AnswerReviewComment($id: ID!, $version: Int!, $disposition: DispositionKind!, $reason: String) {\n    answerReviewComment(id: $id, version: $version, disposition: $disposition, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.AnswerReviewCommentDocument,
    "\n  mutation ApplyReviewProposal($id: ID!) {\n    applyReviewProposal(id: $id) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.ApplyReviewProposalDocument,
    "\n  mutation ExportConsiderationTable($roundId: ID!, $format: ExportFormat!) {\n    exportConsiderationTable(roundId: $roundId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": typeof types.ExportConsiderationTableDocument,
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
    "\n  mutation JoinWorkshop($code: String!, $name: String) {\n    joinWorkshop(code: $code, name: $name) {\n      sessionId\n      title\n    }\n  }\n": typeof types.JoinWorkshopDocument,
    "\n  fragment BoardCardFields on BoardCard {\n    id\n    kind\n    text\n    cluster\n    hidden\n    authorName\n    mine\n    votes\n    votedByMe\n    recommendationId\n    createdAt\n    version\n  }\n": typeof types.BoardCardFieldsFragmentDoc,
    "\n  query WorkshopBoard($sessionId: ID!) {\n    workshopBoard(sessionId: $sessionId) {\n      sessionId\n      title\n      room\n      joinCode\n      joinUrl\n      viewer {\n        name\n        guest\n        moderator\n        dotsLeft\n      }\n      cards {\n        ...BoardCardFields\n      }\n    }\n  }\n": typeof types.WorkshopBoardDocument,
    "\n  mutation AddWorkshopContribution($input: AddContributionInput!) {\n    addWorkshopContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n": typeof types.AddWorkshopContributionDocument,
    "\n  mutation VoteContribution($id: ID!, $on: Boolean!) {\n    voteContribution(id: $id, on: $on) {\n      ...BoardCardFields\n    }\n  }\n": typeof types.VoteContributionDocument,
    "\n  mutation EditContribution($input: EditContributionInput!) {\n    editContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n": typeof types.EditContributionDocument,
    "\n  mutation ContributionToRecommendation($id: ID!) {\n    contributionToRecommendation(id: $id) {\n      id\n      reference\n      revisionId\n    }\n  }\n": typeof types.ContributionToRecommendationDocument,
    "\n  subscription WorkshopBoardEvents($sessionId: ID!) {\n    workshopBoardEvents(sessionId: $sessionId) {\n      type\n      contributionId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n": typeof types.WorkshopBoardEventsDocument,
    "\n  query WorkshopPhase($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n    workshopMeetings(revisionId: $revisionId) {\n      id\n      title\n      startsAt\n      location\n      attendance\n      minutes\n      fieldOfActionId\n      version\n      recommendations {\n        id\n        reference\n        title\n      }\n    }\n  }\n": typeof types.WorkshopPhaseDocument,
    "\n  query MeetingRecommendations($revisionId: ID!) {\n    recommendations(\n      revisionId: $revisionId\n      filter: { statuses: [SUBMITTED, IN_REVIEW, FEASIBILITY_CHECK, AGREED] }\n      limit: 1000\n    ) {\n      items {\n        id\n        reference\n        title\n        fieldOfAction {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MeetingRecommendationsDocument,
    "\n  mutation CreateWorkshopMeeting($revisionId: ID!, $input: WorkshopMeetingInput!) {\n    createWorkshopMeeting(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkshopMeetingDocument,
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
    "\n  query ConceptDraftPage($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      title\n      version\n      sections {\n        id\n        parentId\n        position\n        kind\n        fieldOfActionId\n        title\n        body\n        liveHtml\n        version\n        updatedAt\n      }\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n": types.ConceptDraftPageDocument,
    "\n  mutation CreateConceptDraft($revisionId: ID!, $title: String) {\n    createConceptDraft(revisionId: $revisionId, title: $title) {\n      id\n    }\n  }\n": types.CreateConceptDraftDocument,
    "\n  mutation AddConceptSection($draftId: ID!, $input: NewConceptSectionInput!) {\n    addConceptSection(draftId: $draftId, input: $input) {\n      id\n      title\n    }\n  }\n": types.AddConceptSectionDocument,
    "\n  mutation UpdateConceptSection($id: ID!, $version: Int!, $input: ConceptSectionInput!) {\n    updateConceptSection(id: $id, version: $version, input: $input) {\n      id\n      title\n      body\n      liveHtml\n      version\n      updatedAt\n    }\n  }\n": types.UpdateConceptSectionDocument,
    "\n  mutation DeleteConceptSection($id: ID!) {\n    deleteConceptSection(id: $id)\n  }\n": types.DeleteConceptSectionDocument,
    "\n  mutation MoveConceptSection($id: ID!, $direction: Int!) {\n    moveConceptSection(id: $id, direction: $direction) {\n      id\n      position\n      version\n    }\n  }\n": types.MoveConceptSectionDocument,
    "\n  mutation FreezeConceptVersion($draftId: ID!, $note: String) {\n    freezeConceptVersion(draftId: $draftId, note: $note) {\n      id\n      number\n      note\n      frozenAt\n    }\n  }\n": types.FreezeConceptVersionDocument,
    "\n  query CompareDraftVersions($fromId: ID!, $toId: ID!) {\n    compareDraftVersions(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      changed\n      html\n      docxUrl\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n    }\n  }\n": types.CompareDraftVersionsDocument,
    "\n  query ConferenceRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.ConferenceRevisionDocument,
    "\n  query Conferences($revisionId: ID!) {\n    conferences(revisionId: $revisionId) {\n      id\n      revisionId\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n        createdAt\n      }\n      registrationCounts {\n        confirmed\n        waitlisted\n        cancelled\n      }\n      workshops {\n        id\n        title\n        fieldOfActionId\n        room\n        slotStartsAt\n        slotEndsAt\n        capacity\n        version\n        joinCode\n        moderators {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ConferencesDocument,
    "\n  query Registrations($conferenceId: ID!, $status: RegistrationStatus) {\n    registrations(conferenceId: $conferenceId, status: $status) {\n      id\n      name\n      email\n      organisation\n      role\n      status\n      preferences\n      accessibilityNeeds\n      createdAt\n    }\n  }\n": types.RegistrationsDocument,
    "\n  query PublicConference($id: ID!) {\n    publicConference(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      placesLeft\n      municipalities {\n        id\n        name\n      }\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n      }\n      workshops {\n        id\n        title\n        fieldOfAction\n        room\n        slotStartsAt\n        slotEndsAt\n      }\n    }\n  }\n": types.PublicConferenceDocument,
    "\n  mutation CreateConference($input: CreateConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n": types.CreateConferenceDocument,
    "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n    }\n  }\n": types.UpdateConferenceDocument,
    "\n  mutation SetConferencePrivacyText($conferenceId: ID!, $textDe: String!, $textEn: String!) {\n    setConferencePrivacyText(conferenceId: $conferenceId, textDe: $textDe, textEn: $textEn) {\n      id\n      version\n    }\n  }\n": types.SetConferencePrivacyTextDocument,
    "\n  mutation AddWorkshop($conferenceId: ID!, $input: WorkshopSessionInput!) {\n    addWorkshop(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": types.AddWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $version: Int!, $input: WorkshopSessionInput!) {\n    updateWorkshop(id: $id, version: $version, input: $input) {\n      id\n      title\n      fieldOfActionId\n      room\n      slotStartsAt\n      slotEndsAt\n      capacity\n      version\n    }\n  }\n": types.UpdateWorkshopDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      status\n      waitlistPosition\n      conferenceTitle\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation CancelRegistration($token: String!) {\n    cancelRegistration(token: $token) {\n      cancelledNow\n      conferenceTitle\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation CancelRegistrationById($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelRegistrationByIdDocument,
    "\n  fragment AssignmentSlotFields on AssignmentSlotReport {\n    slotStartsAt\n    registrants\n    byRank {\n      rank\n      count\n      share\n    }\n    unassigned\n    overrides\n    overCapacity {\n      sessionId\n      capacity\n      assigned\n    }\n  }\n": types.AssignmentSlotFieldsFragmentDoc,
    "\n  query AssignmentReport($conferenceId: ID!) {\n    assignmentReport(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n": types.AssignmentReportDocument,
    "\n  mutation AssignWorkshops($conferenceId: ID!) {\n    assignWorkshops(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n": types.AssignWorkshopsDocument,
    "\n  query WorkshopPlaces($conferenceId: ID!) {\n    workshopPlaces(conferenceId: $conferenceId) {\n      registrationId\n      sessionId\n      name\n      organisation\n      role\n      rank\n      manual\n      checkedInAt\n    }\n  }\n": types.WorkshopPlacesDocument,
    "\n  query ConfirmedWishes($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      preferences\n    }\n  }\n": types.ConfirmedWishesDocument,
    "\n  mutation SetWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    setWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId) {\n      registrationId\n      sessionId\n    }\n  }\n": types.SetWorkshopPlaceDocument,
    "\n  mutation ClearWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    clearWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId)\n  }\n": types.ClearWorkshopPlaceDocument,
    "\n  query CheckInList($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      checkedInAt\n    }\n  }\n": types.CheckInListDocument,
    "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n": types.CheckInDocument,
    "\n  query ConferencePhotos($conferenceId: ID!) {\n    conferencePhotos(conferenceId: $conferenceId) {\n      id\n      sessionId\n      caption\n      width\n      height\n      byteSize\n    }\n  }\n": types.ConferencePhotosDocument,
    "\n  mutation DeleteConferencePhoto($id: ID!) {\n    deleteConferencePhoto(id: $id)\n  }\n": types.DeleteConferencePhotoDocument,
    "\n  fragment DataExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": types.DataExportFieldsFragmentDoc,
    "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n": types.RecommendationExportRevisionDocument,
    "\n  query DataExportProgress($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n": types.DataExportProgressDocument,
    "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...DataExportFields\n    }\n  }\n": types.RecommendationExportsDocument,
    "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": types.StartRecommendationExportDocument,
    "\n  query ConferenceDocumentationExports($conferenceId: ID!) {\n    conferenceDocumentationExports(conferenceId: $conferenceId) {\n      ...DataExportFields\n    }\n  }\n": types.ConferenceDocumentationExportsDocument,
    "\n  mutation StartConferenceDocumentation($conferenceId: ID!, $format: ExportFormat!) {\n    exportConferenceDocumentation(conferenceId: $conferenceId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": types.StartConferenceDocumentationDocument,
    "\n  mutation RequestFeasibility($input: RequestFeasibilityInput!) {\n    requestFeasibility(input: $input) {\n      created\n      skipped\n      organisationsWithoutRecipient\n      request {\n        id\n        deadline\n      }\n    }\n  }\n": types.RequestFeasibilityDocument,
    "\n  mutation AnswerFeasibility($input: AnswerFeasibilityInput!) {\n    answerFeasibility(input: $input) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n    }\n  }\n": types.AnswerFeasibilityDocument,
    "\n  query FeasibilityRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeasibilityRevisionDocument,
    "\n  query FeasibilityMatrix($revisionId: ID!) {\n    feasibilityMatrix(revisionId: $revisionId) {\n      recommendations {\n        id\n        reference\n        title\n      }\n      organisations {\n        id\n        name\n      }\n      cells {\n        recommendationId\n        organisationId\n        checkId\n        answer\n        comment\n        answeredAt\n        deadline\n      }\n    }\n  }\n": types.FeasibilityMatrixDocument,
    "\n  query RequestableRecommendations($revisionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { statuses: [IN_REVIEW, FEASIBILITY_CHECK] }, limit: 500) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": types.RequestableRecommendationsDocument,
    "\n  query MyFeasibilityChecks($revisionId: ID!) {\n    myFeasibilityChecks(revisionId: $revisionId) {\n      id\n      answer\n      comment\n      answeredAt\n      canAnswer\n      version\n      organisation {\n        id\n        name\n      }\n      recommendation {\n        id\n        reference\n        title\n        rationale\n      }\n      request {\n        id\n        deadline\n        message\n      }\n    }\n  }\n": types.MyFeasibilityChecksDocument,
    "\n  query InventoryRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        name\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InventoryRevisionDocument,
    "\n  query Indicators($revisionId: ID!) {\n    indicators(revisionId: $revisionId) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n      values {\n        id\n        municipalityId\n        municipalityName\n        year\n        value\n        version\n      }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  mutation CreateIndicator($revisionId: ID!, $input: IndicatorInput!) {\n    createIndicator(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($id: ID!) {\n    deleteIndicator(id: $id)\n  }\n": types.DeleteIndicatorDocument,
    "\n  mutation CorrectIndicatorValue($id: ID!, $version: Int!, $value: Float!) {\n    correctIndicatorValue(id: $id, version: $version, value: $value) {\n      id\n      value\n      version\n    }\n  }\n": types.CorrectIndicatorValueDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  query RevisionMembers($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n    members(revisionId: $revisionId) {\n      id\n      displayName\n      email\n      role\n      municipalityName\n      organisationName\n      since\n    }\n    invitations(revisionId: $revisionId) {\n      id\n      email\n      role\n      municipalityId\n      organisationId\n      createdAt\n      expiresAt\n    }\n  }\n": types.RevisionMembersDocument,
    "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      unread\n      items {\n        id\n        kind\n        params\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotifications {\n    notifications(limit: 1) {\n      unread\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query OffersRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OffersRevisionDocument,
    "\n  query OffersViewer {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n        organisationId\n      }\n    }\n  }\n": types.OffersViewerDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    organisationId\n    kind\n    title\n    description\n    municipalityIds\n    fieldOfActionIds\n    targetGroupIds\n    languages\n    accessibility\n    contactEmail\n    contactPhone\n    address\n    website\n    confirmedAt\n    updatedAt\n    version\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  query Offers($revisionId: ID!) {\n    offers(revisionId: $revisionId) {\n      ...OfferFields\n    }\n    networks(revisionId: $revisionId) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n    needs(revisionId: $revisionId) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n": types.OffersDocument,
    "\n  query OfferGaps($revisionId: ID!, $targetGroupId: ID) {\n    offerGaps(revisionId: $revisionId, targetGroupId: $targetGroupId) {\n      fieldOfActionId\n      municipalityId\n      offers\n    }\n  }\n": types.OfferGapsDocument,
    "\n  mutation SaveOffer($revisionId: ID!, $input: OfferInput!, $id: ID, $version: Int) {\n    saveOffer(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      ...OfferFields\n    }\n  }\n": types.SaveOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.ConfirmOfferDocument,
    "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id)\n  }\n": types.DeleteOfferDocument,
    "\n  mutation SaveNetwork($revisionId: ID!, $input: NetworkInput!, $id: ID, $version: Int) {\n    saveNetwork(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n  }\n": types.SaveNetworkDocument,
    "\n  mutation SaveNeed($revisionId: ID!, $input: NeedInput!, $id: ID, $version: Int) {\n    saveNeed(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n": types.SaveNeedDocument,
    "\n  query Wegweiser($revisionId: ID!, $filter: WegweiserFilterInput) {\n    wegweiser(revisionId: $revisionId, filter: $filter) {\n      id\n      kind\n      title\n      description\n      provider\n      municipalities\n      fieldsOfAction\n      targetGroups\n      languages\n      accessibility\n      contactEmail\n      contactPhone\n      address\n      website\n      confirmedAt\n    }\n  }\n": types.WegweiserDocument,
    "\n  query NeedRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {\n      items {\n        id\n        reference\n        title\n      }\n    }\n  }\n": types.NeedRecommendationsDocument,
    "\n  mutation LinkNeedToRecommendation($needId: ID!, $recommendationId: ID!) {\n    linkNeedToRecommendation(needId: $needId, recommendationId: $recommendationId) {\n      id\n    }\n  }\n": types.LinkNeedToRecommendationDocument,
    "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query PublishedConcepts {\n    publishedConcepts {\n      revisionId\n      title\n      regionName\n      publishedAt\n    }\n  }\n": types.PublishedConceptsDocument,
    "\n  query PublishedConcept($revisionId: ID!, $fieldOfActionId: ID, $targetGroupId: ID, $search: String) {\n    publishedConcept(revisionId: $revisionId) {\n      revisionId\n      title\n      regionName\n      publishedAt\n      versionNumber\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      sections {\n        id\n        parentId\n        level\n        title\n        html\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      everyRecommendation: recommendations {\n        reference\n        fieldOfAction {\n          id\n        }\n      }\n      recommendations(fieldOfActionId: $fieldOfActionId, targetGroupId: $targetGroupId, search: $search) {\n        reference\n        title\n        fieldOfAction {\n          id\n          title\n        }\n        targetGroups {\n          id\n          name\n        }\n        municipalities\n        rationale\n        timeHorizon\n      }\n      documents {\n        format\n        url\n        fileName\n        byteSize\n      }\n    }\n  }\n": types.PublishedConceptDocument,
    "\n  query ConceptPublication($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n    conceptPublication(revisionId: $revisionId) {\n      id\n      version\n      versionId\n      finalisedAt\n      overrideReason\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      publishedAt\n      recommendationCount\n      draftVersion {\n        id\n        number\n      }\n    }\n  }\n": types.ConceptPublicationDocument,
    "\n  query PublicationDocuments($revisionId: ID!) {\n    conceptPublication(revisionId: $revisionId) {\n      id\n      documents {\n        ...DataExportFields\n      }\n    }\n  }\n": types.PublicationDocumentsDocument,
    "\n  mutation FinaliseConceptVersion($versionId: ID!, $overrideReason: String) {\n    finaliseConceptVersion(versionId: $versionId, overrideReason: $overrideReason) {\n      id\n      version\n    }\n  }\n": types.FinaliseConceptVersionDocument,
    "\n  mutation RecordConceptAdoption($id: ID!, $version: Int!, $input: AdoptionInput!) {\n    recordConceptAdoption(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordConceptAdoptionDocument,
    "\n  mutation PublishConcept($id: ID!, $version: Int!) {\n    publishConcept(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n": types.PublishConceptDocument,
    "\n  query RecommendationViewsRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RecommendationViewsRevisionDocument,
    "\n  query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) {\n    recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n        fieldOfAction {\n          id\n          title\n        }\n        authors {\n          id\n          displayName\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RecommendationListDocument,
    "\n  query RecommendationBoard($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 1000) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n      }\n    }\n  }\n": types.RecommendationBoardDocument,
    "\n  query RecommendationCoverage($revisionId: ID!) {\n    recommendationCoverage(revisionId: $revisionId) {\n      fieldOfActionId\n      targetGroupId\n      count\n    }\n  }\n": types.RecommendationCoverageDocument,
    "\n  fragment RecommendationContent on Recommendation {\n    id\n    reference\n    title\n    rationale\n    status\n    version\n    fieldOfActionId\n    fieldOfAction {\n      id\n      code\n      title\n    }\n    targetGroups {\n      id\n      name\n    }\n    allMunicipalities\n    municipalities {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n    }\n    timeHorizon\n    resources\n    indicators\n  }\n": types.RecommendationContentFragmentDoc,
    "\n  query WorkbenchRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorkbenchRevisionDocument,
    "\n  query RecommendationForEdit($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      viewerCanEdit\n    }\n  }\n": types.RecommendationForEditDocument,
    "\n  query RecommendationDetail($id: ID!, $revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      statusReason\n      statusChangedAt\n      createdAt\n      updatedAt\n      availableActions\n      viewerCanEdit\n      viewerIsAuthor\n      supportCount\n      supportedByMe\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n        kind\n        label\n        targetId\n        url\n      }\n      mergedInto {\n        id\n        reference\n        title\n      }\n      mergedFrom {\n        id\n        reference\n        title\n      }\n      comments {\n        comment {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n        replies {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n      }\n      versions {\n        number\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.RecommendationDetailDocument,
    "\n  query MergeSource($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      supportCount\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n      }\n      comments {\n        comment {\n          id\n        }\n        replies {\n          id\n        }\n      }\n    }\n  }\n": types.MergeSourceDocument,
    "\n  query SimilarRecommendations($revisionId: ID!, $title: String!, $rationale: String!, $excludeId: ID) {\n    similarRecommendations(revisionId: $revisionId, title: $title, rationale: $rationale, excludeId: $excludeId) {\n      score\n      recommendation {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n": types.SimilarRecommendationsDocument,
    "\n  query RecommendationDiff($id: ID!, $from: Int!, $to: Int!) {\n    recommendationDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n      segments {\n        kind\n        text\n      }\n    }\n  }\n": types.RecommendationDiffDocument,
    "\n  query CoAuthorCandidates($revisionId: ID!) {\n    coAuthorCandidates(revisionId: $revisionId) {\n      id\n      displayName\n    }\n  }\n": types.CoAuthorCandidatesDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n": types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  mutation TransitionRecommendation($id: ID!, $action: RecommendationAction!, $reason: String) {\n    transitionRecommendation(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      statusReason\n      statusChangedAt\n      availableActions\n      viewerCanEdit\n    }\n  }\n": types.TransitionRecommendationDocument,
    "\n  mutation SupportRecommendation($id: ID!) {\n    supportRecommendation(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": types.SupportRecommendationDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation AddRecommendationComment($id: ID!, $body: String!, $parentId: ID) {\n    addRecommendationComment(id: $id, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": types.AddRecommendationCommentDocument,
    "\n  mutation AddCoAuthor($id: ID!, $accountId: ID!) {\n    addCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddCoAuthorDocument,
    "\n  mutation RemoveCoAuthor($id: ID!, $accountId: ID!) {\n    removeCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n": types.RemoveCoAuthorDocument,
    "\n  mutation MergeRecommendations($input: MergeRecommendationsInput!) {\n    mergeRecommendations(input: $input) {\n      id\n      reference\n    }\n  }\n": types.MergeRecommendationsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation InviteCoordinator($regionId: ID!, $email: String!) {\n    inviteCoordinator(regionId: $regionId, email: $email) {\n      id\n      email\n    }\n  }\n": types.InviteCoordinatorDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input) {\n      id\n      name\n      type\n      contactEmail\n      version\n      municipalities {\n        id\n        name\n      }\n    }\n  }\n": types.SaveOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": types.DeleteOrganisationDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      kind\n      municipalities {\n        id\n        name\n        kind\n      }\n      organisations {\n        id\n        name\n        type\n        contactEmail\n        version\n        municipalities {\n          id\n          name\n        }\n      }\n      revisions {\n        id\n        title\n        createdAt\n        phases {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query ReviewRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReviewRevisionDocument,
    "\n  query ReviewDraftVersions($revisionId: ID!) {\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n": types.ReviewDraftVersionsDocument,
    "\n  fragment ReviewRoundFields on ReviewRound {\n    id\n    revisionId\n    number\n    status\n    deadline\n    reminderDaysBefore\n    othersVisible\n    version\n    createdAt\n    closedAt\n    draftVersion {\n      id\n      number\n    }\n    myPart {\n      municipalityId\n      deadline\n    }\n  }\n": types.ReviewRoundFieldsFragmentDoc,
    "\n  fragment ReviewBoardFields on ReviewBoardRow {\n    municipalityId\n    municipalityName\n    deadline\n    progress\n    openedAt\n    comments\n    statement\n  }\n": types.ReviewBoardFieldsFragmentDoc,
    "\n  query ReviewRounds($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      ...ReviewRoundFields\n    }\n  }\n": types.ReviewRoundsDocument,
    "\n  query ReviewRoundsBoards($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n    }\n  }\n": types.ReviewRoundsBoardsDocument,
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    municipalityId\n    municipalityName\n    sectionId\n    sectionTitle\n    quote\n    text\n    proposedText\n    disposition\n    dispositionReason\n    disposedAt\n    proposalAppliedAt\n    createdAt\n    version\n    passage {\n      found\n      start\n      end\n    }\n  }\n": types.ReviewCommentFieldsFragmentDoc,
    "\n  query ReviewRound($id: ID!) {\n    reviewRound(id: $id) {\n      ...ReviewRoundFields\n      draftVersion {\n        id\n        number\n        sections {\n          id\n          parentId\n          level\n          title\n          html\n        }\n      }\n      comments {\n        ...ReviewCommentFields\n      }\n      statements {\n        id\n        municipalityId\n        municipalityName\n        kind\n        text\n        givenAt\n      }\n    }\n  }\n": types.ReviewRoundDocument,
    "\n  query ReviewRoundCoordination($id: ID!) {\n    reviewRound(id: $id) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n      considerationTable {\n        commentId\n        municipality\n        section\n        passage\n        comment\n        proposedText\n        answer\n        reason\n      }\n      considerationExports {\n        ...DataExportFields\n      }\n    }\n  }\n": types.ReviewRoundCoordinationDocument,
    "\n  mutation StartReviewRound($input: StartReviewRoundInput!) {\n    startReviewRound(input: $input) {\n      ...ReviewRoundFields\n    }\n  }\n": types.StartReviewRoundDocument,
    "\n  mutation OpenReviewRound($id: ID!) {\n    openReviewRound(id: $id) {\n      id\n    }\n  }\n": types.OpenReviewRoundDocument,
    "\n  mutation AddReviewComment($input: ReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": types.AddReviewCommentDocument,
    "\n  mutation GiveReviewStatement($roundId: ID!, $kind: StatementKind!, $text: String) {\n    giveReviewStatement(roundId: $roundId, kind: $kind, text: $text) {\n      id\n      kind\n      text\n      givenAt\n    }\n  }\n": types.GiveReviewStatementDocument,
    "\n  mutation ExtendReviewDeadline($roundId: ID!, $municipalityId: ID!, $deadline: DateTime!) {\n    extendReviewDeadline(roundId: $roundId, municipalityId: $municipalityId, deadline: $deadline) {\n      ...ReviewBoardFields\n    }\n  }\n": types.ExtendReviewDeadlineDocument,
    "\n  mutation CloseReviewRound($id: ID!, $version: Int!) {\n    closeReviewRound(id: $id, version: $version) {\n      ...ReviewRoundFields\n    }\n  }\n": types.CloseReviewRoundDocument,
    "\n  mutation AnswerReviewComment($id: ID!, $version: Int!, $disposition: DispositionKind!, $reason: String) {\n    answerReviewComment(id: $id, version: $version, disposition: $disposition, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n": types.AnswerReviewCommentDocument,
    "\n  mutation ApplyReviewProposal($id: ID!) {\n    applyReviewProposal(id: $id) {\n      ...ReviewCommentFields\n    }\n  }\n": types.ApplyReviewProposalDocument,
    "\n  mutation ExportConsiderationTable($roundId: ID!, $format: ExportFormat!) {\n    exportConsiderationTable(roundId: $roundId, format: $format) {\n      ...DataExportFields\n    }\n  }\n": types.ExportConsiderationTableDocument,
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
    "\n  mutation JoinWorkshop($code: String!, $name: String) {\n    joinWorkshop(code: $code, name: $name) {\n      sessionId\n      title\n    }\n  }\n": types.JoinWorkshopDocument,
    "\n  fragment BoardCardFields on BoardCard {\n    id\n    kind\n    text\n    cluster\n    hidden\n    authorName\n    mine\n    votes\n    votedByMe\n    recommendationId\n    createdAt\n    version\n  }\n": types.BoardCardFieldsFragmentDoc,
    "\n  query WorkshopBoard($sessionId: ID!) {\n    workshopBoard(sessionId: $sessionId) {\n      sessionId\n      title\n      room\n      joinCode\n      joinUrl\n      viewer {\n        name\n        guest\n        moderator\n        dotsLeft\n      }\n      cards {\n        ...BoardCardFields\n      }\n    }\n  }\n": types.WorkshopBoardDocument,
    "\n  mutation AddWorkshopContribution($input: AddContributionInput!) {\n    addWorkshopContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n": types.AddWorkshopContributionDocument,
    "\n  mutation VoteContribution($id: ID!, $on: Boolean!) {\n    voteContribution(id: $id, on: $on) {\n      ...BoardCardFields\n    }\n  }\n": types.VoteContributionDocument,
    "\n  mutation EditContribution($input: EditContributionInput!) {\n    editContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n": types.EditContributionDocument,
    "\n  mutation ContributionToRecommendation($id: ID!) {\n    contributionToRecommendation(id: $id) {\n      id\n      reference\n      revisionId\n    }\n  }\n": types.ContributionToRecommendationDocument,
    "\n  subscription WorkshopBoardEvents($sessionId: ID!) {\n    workshopBoardEvents(sessionId: $sessionId) {\n      type\n      contributionId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n": types.WorkshopBoardEventsDocument,
    "\n  query WorkshopPhase($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n    workshopMeetings(revisionId: $revisionId) {\n      id\n      title\n      startsAt\n      location\n      attendance\n      minutes\n      fieldOfActionId\n      version\n      recommendations {\n        id\n        reference\n        title\n      }\n    }\n  }\n": types.WorkshopPhaseDocument,
    "\n  query MeetingRecommendations($revisionId: ID!) {\n    recommendations(\n      revisionId: $revisionId\n      filter: { statuses: [SUBMITTED, IN_REVIEW, FEASIBILITY_CHECK, AGREED] }\n      limit: 1000\n    ) {\n      items {\n        id\n        reference\n        title\n        fieldOfAction {\n          id\n        }\n      }\n    }\n  }\n": types.MeetingRecommendationsDocument,
    "\n  mutation CreateWorkshopMeeting($revisionId: ID!, $input: WorkshopMeetingInput!) {\n    createWorkshopMeeting(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n": types.CreateWorkshopMeetingDocument,
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
export function graphql(source: "\n  query ConceptDraftPage($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      title\n      version\n      sections {\n        id\n        parentId\n        position\n        kind\n        fieldOfActionId\n        title\n        body\n        liveHtml\n        version\n        updatedAt\n      }\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConceptDraftPage($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      title\n      version\n      sections {\n        id\n        parentId\n        position\n        kind\n        fieldOfActionId\n        title\n        body\n        liveHtml\n        version\n        updatedAt\n      }\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConceptDraft($revisionId: ID!, $title: String) {\n    createConceptDraft(revisionId: $revisionId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConceptDraft($revisionId: ID!, $title: String) {\n    createConceptDraft(revisionId: $revisionId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConceptSection($draftId: ID!, $input: NewConceptSectionInput!) {\n    addConceptSection(draftId: $draftId, input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddConceptSection($draftId: ID!, $input: NewConceptSectionInput!) {\n    addConceptSection(draftId: $draftId, input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConceptSection($id: ID!, $version: Int!, $input: ConceptSectionInput!) {\n    updateConceptSection(id: $id, version: $version, input: $input) {\n      id\n      title\n      body\n      liveHtml\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConceptSection($id: ID!, $version: Int!, $input: ConceptSectionInput!) {\n    updateConceptSection(id: $id, version: $version, input: $input) {\n      id\n      title\n      body\n      liveHtml\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConceptSection($id: ID!) {\n    deleteConceptSection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConceptSection($id: ID!) {\n    deleteConceptSection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveConceptSection($id: ID!, $direction: Int!) {\n    moveConceptSection(id: $id, direction: $direction) {\n      id\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveConceptSection($id: ID!, $direction: Int!) {\n    moveConceptSection(id: $id, direction: $direction) {\n      id\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeConceptVersion($draftId: ID!, $note: String) {\n    freezeConceptVersion(draftId: $draftId, note: $note) {\n      id\n      number\n      note\n      frozenAt\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeConceptVersion($draftId: ID!, $note: String) {\n    freezeConceptVersion(draftId: $draftId, note: $note) {\n      id\n      number\n      note\n      frozenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDraftVersions($fromId: ID!, $toId: ID!) {\n    compareDraftVersions(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      changed\n      html\n      docxUrl\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareDraftVersions($fromId: ID!, $toId: ID!) {\n    compareDraftVersions(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      changed\n      html\n      docxUrl\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conferences($revisionId: ID!) {\n    conferences(revisionId: $revisionId) {\n      id\n      revisionId\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n        createdAt\n      }\n      registrationCounts {\n        confirmed\n        waitlisted\n        cancelled\n      }\n      workshops {\n        id\n        title\n        fieldOfActionId\n        room\n        slotStartsAt\n        slotEndsAt\n        capacity\n        version\n        joinCode\n        moderators {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conferences($revisionId: ID!) {\n    conferences(revisionId: $revisionId) {\n      id\n      revisionId\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n        createdAt\n      }\n      registrationCounts {\n        confirmed\n        waitlisted\n        cancelled\n      }\n      workshops {\n        id\n        title\n        fieldOfActionId\n        room\n        slotStartsAt\n        slotEndsAt\n        capacity\n        version\n        joinCode\n        moderators {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($conferenceId: ID!, $status: RegistrationStatus) {\n    registrations(conferenceId: $conferenceId, status: $status) {\n      id\n      name\n      email\n      organisation\n      role\n      status\n      preferences\n      accessibilityNeeds\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Registrations($conferenceId: ID!, $status: RegistrationStatus) {\n    registrations(conferenceId: $conferenceId, status: $status) {\n      id\n      name\n      email\n      organisation\n      role\n      status\n      preferences\n      accessibilityNeeds\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConference($id: ID!) {\n    publicConference(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      placesLeft\n      municipalities {\n        id\n        name\n      }\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n      }\n      workshops {\n        id\n        title\n        fieldOfAction\n        room\n        slotStartsAt\n        slotEndsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicConference($id: ID!) {\n    publicConference(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      placesLeft\n      municipalities {\n        id\n        name\n      }\n      privacyText {\n        id\n        version\n        textDe\n        textEn\n      }\n      workshops {\n        id\n        title\n        fieldOfAction\n        room\n        slotStartsAt\n        slotEndsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConference($input: CreateConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConference($input: CreateConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      venue\n      address\n      capacity\n      registrationOpensAt\n      registrationClosesAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConferencePrivacyText($conferenceId: ID!, $textDe: String!, $textEn: String!) {\n    setConferencePrivacyText(conferenceId: $conferenceId, textDe: $textDe, textEn: $textEn) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetConferencePrivacyText($conferenceId: ID!, $textDe: String!, $textEn: String!) {\n    setConferencePrivacyText(conferenceId: $conferenceId, textDe: $textDe, textEn: $textEn) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkshop($conferenceId: ID!, $input: WorkshopSessionInput!) {\n    addWorkshop(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkshop($conferenceId: ID!, $input: WorkshopSessionInput!) {\n    addWorkshop(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkshop($id: ID!, $version: Int!, $input: WorkshopSessionInput!) {\n    updateWorkshop(id: $id, version: $version, input: $input) {\n      id\n      title\n      fieldOfActionId\n      room\n      slotStartsAt\n      slotEndsAt\n      capacity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkshop($id: ID!, $version: Int!, $input: WorkshopSessionInput!) {\n    updateWorkshop(id: $id, version: $version, input: $input) {\n      id\n      title\n      fieldOfActionId\n      room\n      slotStartsAt\n      slotEndsAt\n      capacity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      status\n      waitlistPosition\n      conferenceTitle\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      status\n      waitlistPosition\n      conferenceTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($token: String!) {\n    cancelRegistration(token: $token) {\n      cancelledNow\n      conferenceTitle\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($token: String!) {\n    cancelRegistration(token: $token) {\n      cancelledNow\n      conferenceTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistrationById($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistrationById($id: ID!) {\n    cancelRegistrationById(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentSlotFields on AssignmentSlotReport {\n    slotStartsAt\n    registrants\n    byRank {\n      rank\n      count\n      share\n    }\n    unassigned\n    overrides\n    overCapacity {\n      sessionId\n      capacity\n      assigned\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentSlotFields on AssignmentSlotReport {\n    slotStartsAt\n    registrants\n    byRank {\n      rank\n      count\n      share\n    }\n    unassigned\n    overrides\n    overCapacity {\n      sessionId\n      capacity\n      assigned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentReport($conferenceId: ID!) {\n    assignmentReport(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentReport($conferenceId: ID!) {\n    assignmentReport(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkshops($conferenceId: ID!) {\n    assignWorkshops(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWorkshops($conferenceId: ID!) {\n    assignWorkshops(conferenceId: $conferenceId) {\n      slots {\n        ...AssignmentSlotFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopPlaces($conferenceId: ID!) {\n    workshopPlaces(conferenceId: $conferenceId) {\n      registrationId\n      sessionId\n      name\n      organisation\n      role\n      rank\n      manual\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  query WorkshopPlaces($conferenceId: ID!) {\n    workshopPlaces(conferenceId: $conferenceId) {\n      registrationId\n      sessionId\n      name\n      organisation\n      role\n      rank\n      manual\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmedWishes($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      preferences\n    }\n  }\n"): (typeof documents)["\n  query ConfirmedWishes($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      preferences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    setWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId) {\n      registrationId\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    setWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId) {\n      registrationId\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    clearWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation ClearWorkshopPlace($registrationId: ID!, $sessionId: ID!) {\n    clearWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInList($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  query CheckInList($conferenceId: ID!) {\n    registrations(conferenceId: $conferenceId, status: CONFIRMED) {\n      id\n      name\n      organisation\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($registrationId: ID!, $present: Boolean!) {\n    checkIn(registrationId: $registrationId, present: $present) {\n      id\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferencePhotos($conferenceId: ID!) {\n    conferencePhotos(conferenceId: $conferenceId) {\n      id\n      sessionId\n      caption\n      width\n      height\n      byteSize\n    }\n  }\n"): (typeof documents)["\n  query ConferencePhotos($conferenceId: ID!) {\n    conferencePhotos(conferenceId: $conferenceId) {\n      id\n      sessionId\n      caption\n      width\n      height\n      byteSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConferencePhoto($id: ID!) {\n    deleteConferencePhoto(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConferencePhoto($id: ID!) {\n    deleteConferencePhoto(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment DataExportFields on DataExport {\n    id\n    format\n    status\n    processed\n    total\n    fileName\n    byteSize\n    error\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n"): (typeof documents)["\n  query RecommendationExportRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      regionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExportProgress($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  query DataExportProgress($id: ID!) {\n    dataExport(id: $id) {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  query RecommendationExports($revisionId: ID!) {\n    dataExports(revisionId: $revisionId) {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {\n    exportRecommendations(revisionId: $revisionId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceDocumentationExports($conferenceId: ID!) {\n    conferenceDocumentationExports(conferenceId: $conferenceId) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  query ConferenceDocumentationExports($conferenceId: ID!) {\n    conferenceDocumentationExports(conferenceId: $conferenceId) {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConferenceDocumentation($conferenceId: ID!, $format: ExportFormat!) {\n    exportConferenceDocumentation(conferenceId: $conferenceId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartConferenceDocumentation($conferenceId: ID!, $format: ExportFormat!) {\n    exportConferenceDocumentation(conferenceId: $conferenceId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query InventoryRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        name\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        name\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($revisionId: ID!) {\n    indicators(revisionId: $revisionId) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n      values {\n        id\n        municipalityId\n        municipalityName\n        year\n        value\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query Indicators($revisionId: ID!) {\n    indicators(revisionId: $revisionId) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n      values {\n        id\n        municipalityId\n        municipalityName\n        year\n        value\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($revisionId: ID!, $input: IndicatorInput!) {\n    createIndicator(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($revisionId: ID!, $input: IndicatorInput!) {\n    createIndicator(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      source\n      description\n      inConcept\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIndicator($id: ID!) {\n    deleteIndicator(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIndicator($id: ID!) {\n    deleteIndicator(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectIndicatorValue($id: ID!, $version: Int!, $value: Float!) {\n    correctIndicatorValue(id: $id, version: $version, value: $value) {\n      id\n      value\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectIndicatorValue($id: ID!, $version: Int!, $value: Float!) {\n    correctIndicatorValue(id: $id, version: $version, value: $value) {\n      id\n      value\n      version\n    }\n  }\n"];
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
export function graphql(source: "\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      unread\n      items {\n        id\n        kind\n        params\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($limit: Int!) {\n    notifications(limit: $limit) {\n      unread\n      items {\n        id\n        kind\n        params\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(limit: 1) {\n      unread\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(limit: 1) {\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OffersRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersViewer {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n        organisationId\n      }\n    }\n  }\n"): (typeof documents)["\n  query OffersViewer {\n    me {\n      account {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      coordinatorRegionIds\n      memberships {\n        revisionId\n        regionId\n        role\n        organisationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on Offer {\n    id\n    organisationId\n    kind\n    title\n    description\n    municipalityIds\n    fieldOfActionIds\n    targetGroupIds\n    languages\n    accessibility\n    contactEmail\n    contactPhone\n    address\n    website\n    confirmedAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment OfferFields on Offer {\n    id\n    organisationId\n    kind\n    title\n    description\n    municipalityIds\n    fieldOfActionIds\n    targetGroupIds\n    languages\n    accessibility\n    contactEmail\n    contactPhone\n    address\n    website\n    confirmedAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers($revisionId: ID!) {\n    offers(revisionId: $revisionId) {\n      ...OfferFields\n    }\n    networks(revisionId: $revisionId) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n    needs(revisionId: $revisionId) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Offers($revisionId: ID!) {\n    offers(revisionId: $revisionId) {\n      ...OfferFields\n    }\n    networks(revisionId: $revisionId) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n    needs(revisionId: $revisionId) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferGaps($revisionId: ID!, $targetGroupId: ID) {\n    offerGaps(revisionId: $revisionId, targetGroupId: $targetGroupId) {\n      fieldOfActionId\n      municipalityId\n      offers\n    }\n  }\n"): (typeof documents)["\n  query OfferGaps($revisionId: ID!, $targetGroupId: ID) {\n    offerGaps(revisionId: $revisionId, targetGroupId: $targetGroupId) {\n      fieldOfActionId\n      municipalityId\n      offers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOffer($revisionId: ID!, $input: OfferInput!, $id: ID, $version: Int) {\n    saveOffer(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOffer($revisionId: ID!, $input: OfferInput!, $id: ID, $version: Int) {\n    saveOffer(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNetwork($revisionId: ID!, $input: NetworkInput!, $id: ID, $version: Int) {\n    saveNetwork(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNetwork($revisionId: ID!, $input: NetworkInput!, $id: ID, $version: Int) {\n    saveNetwork(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      name\n      description\n      memberOrganisationIds\n      contactEmail\n      confirmedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNeed($revisionId: ID!, $input: NeedInput!, $id: ID, $version: Int) {\n    saveNeed(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNeed($revisionId: ID!, $input: NeedInput!, $id: ID, $version: Int) {\n    saveNeed(revisionId: $revisionId, input: $input, id: $id, version: $version) {\n      id\n      fieldOfActionId\n      municipalityId\n      title\n      description\n      source\n      createdAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wegweiser($revisionId: ID!, $filter: WegweiserFilterInput) {\n    wegweiser(revisionId: $revisionId, filter: $filter) {\n      id\n      kind\n      title\n      description\n      provider\n      municipalities\n      fieldsOfAction\n      targetGroups\n      languages\n      accessibility\n      contactEmail\n      contactPhone\n      address\n      website\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  query Wegweiser($revisionId: ID!, $filter: WegweiserFilterInput) {\n    wegweiser(revisionId: $revisionId, filter: $filter) {\n      id\n      kind\n      title\n      description\n      provider\n      municipalities\n      fieldsOfAction\n      targetGroups\n      languages\n      accessibility\n      contactEmail\n      contactPhone\n      address\n      website\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {\n      items {\n        id\n        reference\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedRecommendations($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 200) {\n      items {\n        id\n        reference\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkNeedToRecommendation($needId: ID!, $recommendationId: ID!) {\n    linkNeedToRecommendation(needId: $needId, recommendationId: $recommendationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkNeedToRecommendation($needId: ID!, $recommendationId: ID!) {\n    linkNeedToRecommendation(needId: $needId, recommendationId: $recommendationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($limit: Int!, $offset: Int!) {\n    outbox(limit: $limit, offset: $offset) {\n      total\n      messages {\n        id\n        kind\n        recipient\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedConcepts {\n    publishedConcepts {\n      revisionId\n      title\n      regionName\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query PublishedConcepts {\n    publishedConcepts {\n      revisionId\n      title\n      regionName\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedConcept($revisionId: ID!, $fieldOfActionId: ID, $targetGroupId: ID, $search: String) {\n    publishedConcept(revisionId: $revisionId) {\n      revisionId\n      title\n      regionName\n      publishedAt\n      versionNumber\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      sections {\n        id\n        parentId\n        level\n        title\n        html\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      everyRecommendation: recommendations {\n        reference\n        fieldOfAction {\n          id\n        }\n      }\n      recommendations(fieldOfActionId: $fieldOfActionId, targetGroupId: $targetGroupId, search: $search) {\n        reference\n        title\n        fieldOfAction {\n          id\n          title\n        }\n        targetGroups {\n          id\n          name\n        }\n        municipalities\n        rationale\n        timeHorizon\n      }\n      documents {\n        format\n        url\n        fileName\n        byteSize\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedConcept($revisionId: ID!, $fieldOfActionId: ID, $targetGroupId: ID, $search: String) {\n    publishedConcept(revisionId: $revisionId) {\n      revisionId\n      title\n      regionName\n      publishedAt\n      versionNumber\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      sections {\n        id\n        parentId\n        level\n        title\n        html\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      everyRecommendation: recommendations {\n        reference\n        fieldOfAction {\n          id\n        }\n      }\n      recommendations(fieldOfActionId: $fieldOfActionId, targetGroupId: $targetGroupId, search: $search) {\n        reference\n        title\n        fieldOfAction {\n          id\n          title\n        }\n        targetGroups {\n          id\n          name\n        }\n        municipalities\n        rationale\n        timeHorizon\n      }\n      documents {\n        format\n        url\n        fileName\n        byteSize\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConceptPublication($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n    conceptPublication(revisionId: $revisionId) {\n      id\n      version\n      versionId\n      finalisedAt\n      overrideReason\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      publishedAt\n      recommendationCount\n      draftVersion {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConceptPublication($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n    conceptPublication(revisionId: $revisionId) {\n      id\n      version\n      versionId\n      finalisedAt\n      overrideReason\n      adoptionBody\n      adoptionDate\n      adoptionReference\n      adoptionResult\n      publishedAt\n      recommendationCount\n      draftVersion {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationDocuments($revisionId: ID!) {\n    conceptPublication(revisionId: $revisionId) {\n      id\n      documents {\n        ...DataExportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationDocuments($revisionId: ID!) {\n    conceptPublication(revisionId: $revisionId) {\n      id\n      documents {\n        ...DataExportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseConceptVersion($versionId: ID!, $overrideReason: String) {\n    finaliseConceptVersion(versionId: $versionId, overrideReason: $overrideReason) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseConceptVersion($versionId: ID!, $overrideReason: String) {\n    finaliseConceptVersion(versionId: $versionId, overrideReason: $overrideReason) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConceptAdoption($id: ID!, $version: Int!, $input: AdoptionInput!) {\n    recordConceptAdoption(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConceptAdoption($id: ID!, $version: Int!, $input: AdoptionInput!) {\n    recordConceptAdoption(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConcept($id: ID!, $version: Int!) {\n    publishConcept(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConcept($id: ID!, $version: Int!) {\n    publishConcept(id: $id, version: $version) {\n      id\n      version\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationViewsRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationViewsRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        title\n        code\n        position\n      }\n      targetGroups {\n        id\n        name\n        position\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) {\n    recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n        fieldOfAction {\n          id\n          title\n        }\n        authors {\n          id\n          displayName\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationList($revisionId: ID!, $filter: RecommendationFilter, $limit: Int!, $offset: Int!) {\n    recommendations(revisionId: $revisionId, filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n        fieldOfAction {\n          id\n          title\n        }\n        authors {\n          id\n          displayName\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationBoard($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 1000) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationBoard($revisionId: ID!, $fieldOfActionId: ID!) {\n    recommendations(revisionId: $revisionId, filter: { fieldOfActionId: $fieldOfActionId }, limit: 1000) {\n      total\n      items {\n        id\n        reference\n        title\n        status\n        supportCount\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationCoverage($revisionId: ID!) {\n    recommendationCoverage(revisionId: $revisionId) {\n      fieldOfActionId\n      targetGroupId\n      count\n    }\n  }\n"): (typeof documents)["\n  query RecommendationCoverage($revisionId: ID!) {\n    recommendationCoverage(revisionId: $revisionId) {\n      fieldOfActionId\n      targetGroupId\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationContent on Recommendation {\n    id\n    reference\n    title\n    rationale\n    status\n    version\n    fieldOfActionId\n    fieldOfAction {\n      id\n      code\n      title\n    }\n    targetGroups {\n      id\n      name\n    }\n    allMunicipalities\n    municipalities {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n    }\n    timeHorizon\n    resources\n    indicators\n  }\n"): (typeof documents)["\n  fragment RecommendationContent on Recommendation {\n    id\n    reference\n    title\n    rationale\n    status\n    version\n    fieldOfActionId\n    fieldOfAction {\n      id\n      code\n      title\n    }\n    targetGroups {\n      id\n      name\n    }\n    allMunicipalities\n    municipalities {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n    }\n    timeHorizon\n    resources\n    indicators\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      phases {\n        id\n        kind\n        state\n      }\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n      targetGroups {\n        id\n        name\n      }\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationForEdit($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query RecommendationForEdit($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationDetail($id: ID!, $revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      statusReason\n      statusChangedAt\n      createdAt\n      updatedAt\n      availableActions\n      viewerCanEdit\n      viewerIsAuthor\n      supportCount\n      supportedByMe\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n        kind\n        label\n        targetId\n        url\n      }\n      mergedInto {\n        id\n        reference\n        title\n      }\n      mergedFrom {\n        id\n        reference\n        title\n      }\n      comments {\n        comment {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n        replies {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n      }\n      versions {\n        number\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationDetail($id: ID!, $revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n    }\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      statusReason\n      statusChangedAt\n      createdAt\n      updatedAt\n      availableActions\n      viewerCanEdit\n      viewerIsAuthor\n      supportCount\n      supportedByMe\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n        kind\n        label\n        targetId\n        url\n      }\n      mergedInto {\n        id\n        reference\n        title\n      }\n      mergedFrom {\n        id\n        reference\n        title\n      }\n      comments {\n        comment {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n        replies {\n          id\n          authorName\n          body\n          carriedFrom\n          createdAt\n        }\n      }\n      versions {\n        number\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSource($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      supportCount\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n      }\n      comments {\n        comment {\n          id\n        }\n        replies {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSource($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationContent\n      revisionId\n      supportCount\n      authors {\n        id\n        displayName\n      }\n      evidence {\n        id\n      }\n      comments {\n        comment {\n          id\n        }\n        replies {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarRecommendations($revisionId: ID!, $title: String!, $rationale: String!, $excludeId: ID) {\n    similarRecommendations(revisionId: $revisionId, title: $title, rationale: $rationale, excludeId: $excludeId) {\n      score\n      recommendation {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarRecommendations($revisionId: ID!, $title: String!, $rationale: String!, $excludeId: ID) {\n    similarRecommendations(revisionId: $revisionId, title: $title, rationale: $rationale, excludeId: $excludeId) {\n      score\n      recommendation {\n        id\n        reference\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationDiff($id: ID!, $from: Int!, $to: Int!) {\n    recommendationDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n      segments {\n        kind\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationDiff($id: ID!, $from: Int!, $to: Int!) {\n    recommendationDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n      segments {\n        kind\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoAuthorCandidates($revisionId: ID!) {\n    coAuthorCandidates(revisionId: $revisionId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CoAuthorCandidates($revisionId: ID!) {\n    coAuthorCandidates(revisionId: $revisionId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...RecommendationContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionRecommendation($id: ID!, $action: RecommendationAction!, $reason: String) {\n    transitionRecommendation(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      statusReason\n      statusChangedAt\n      availableActions\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionRecommendation($id: ID!, $action: RecommendationAction!, $reason: String) {\n    transitionRecommendation(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      statusReason\n      statusChangedAt\n      availableActions\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRecommendation($id: ID!) {\n    supportRecommendation(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation SupportRecommendation($id: ID!) {\n    supportRecommendation(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendationComment($id: ID!, $body: String!, $parentId: ID) {\n    addRecommendationComment(id: $id, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecommendationComment($id: ID!, $body: String!, $parentId: ID) {\n    addRecommendationComment(id: $id, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoAuthor($id: ID!, $accountId: ID!) {\n    addCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoAuthor($id: ID!, $accountId: ID!) {\n    addCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoAuthor($id: ID!, $accountId: ID!) {\n    removeCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCoAuthor($id: ID!, $accountId: ID!) {\n    removeCoAuthor(id: $id, accountId: $accountId) {\n      id\n      authors {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeRecommendations($input: MergeRecommendationsInput!) {\n    mergeRecommendations(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation MergeRecommendations($input: MergeRecommendationsInput!) {\n    mergeRecommendations(input: $input) {\n      id\n      reference\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReviewRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRevision($id: ID!) {\n    revision(id: $id) {\n      id\n      title\n      regionId\n      region {\n        id\n        municipalities {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDraftVersions($revisionId: ID!) {\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewDraftVersions($revisionId: ID!) {\n    conceptDraft(revisionId: $revisionId) {\n      id\n      versions {\n        id\n        number\n        note\n        frozenAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewRoundFields on ReviewRound {\n    id\n    revisionId\n    number\n    status\n    deadline\n    reminderDaysBefore\n    othersVisible\n    version\n    createdAt\n    closedAt\n    draftVersion {\n      id\n      number\n    }\n    myPart {\n      municipalityId\n      deadline\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewRoundFields on ReviewRound {\n    id\n    revisionId\n    number\n    status\n    deadline\n    reminderDaysBefore\n    othersVisible\n    version\n    createdAt\n    closedAt\n    draftVersion {\n      id\n      number\n    }\n    myPart {\n      municipalityId\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewBoardFields on ReviewBoardRow {\n    municipalityId\n    municipalityName\n    deadline\n    progress\n    openedAt\n    comments\n    statement\n  }\n"): (typeof documents)["\n  fragment ReviewBoardFields on ReviewBoardRow {\n    municipalityId\n    municipalityName\n    deadline\n    progress\n    openedAt\n    comments\n    statement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRounds($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      ...ReviewRoundFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewRounds($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      ...ReviewRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRoundsBoards($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRoundsBoards($revisionId: ID!) {\n    reviewRounds(revisionId: $revisionId) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    municipalityId\n    municipalityName\n    sectionId\n    sectionTitle\n    quote\n    text\n    proposedText\n    disposition\n    dispositionReason\n    disposedAt\n    proposalAppliedAt\n    createdAt\n    version\n    passage {\n      found\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    municipalityId\n    municipalityName\n    sectionId\n    sectionTitle\n    quote\n    text\n    proposedText\n    disposition\n    dispositionReason\n    disposedAt\n    proposalAppliedAt\n    createdAt\n    version\n    passage {\n      found\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRound($id: ID!) {\n    reviewRound(id: $id) {\n      ...ReviewRoundFields\n      draftVersion {\n        id\n        number\n        sections {\n          id\n          parentId\n          level\n          title\n          html\n        }\n      }\n      comments {\n        ...ReviewCommentFields\n      }\n      statements {\n        id\n        municipalityId\n        municipalityName\n        kind\n        text\n        givenAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRound($id: ID!) {\n    reviewRound(id: $id) {\n      ...ReviewRoundFields\n      draftVersion {\n        id\n        number\n        sections {\n          id\n          parentId\n          level\n          title\n          html\n        }\n      }\n      comments {\n        ...ReviewCommentFields\n      }\n      statements {\n        id\n        municipalityId\n        municipalityName\n        kind\n        text\n        givenAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRoundCoordination($id: ID!) {\n    reviewRound(id: $id) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n      considerationTable {\n        commentId\n        municipality\n        section\n        passage\n        comment\n        proposedText\n        answer\n        reason\n      }\n      considerationExports {\n        ...DataExportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRoundCoordination($id: ID!) {\n    reviewRound(id: $id) {\n      id\n      board {\n        ...ReviewBoardFields\n      }\n      considerationTable {\n        commentId\n        municipality\n        section\n        passage\n        comment\n        proposedText\n        answer\n        reason\n      }\n      considerationExports {\n        ...DataExportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReviewRound($input: StartReviewRoundInput!) {\n    startReviewRound(input: $input) {\n      ...ReviewRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReviewRound($input: StartReviewRoundInput!) {\n    startReviewRound(input: $input) {\n      ...ReviewRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReviewRound($id: ID!) {\n    openReviewRound(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReviewRound($id: ID!) {\n    openReviewRound(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewComment($input: ReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReviewComment($input: ReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveReviewStatement($roundId: ID!, $kind: StatementKind!, $text: String) {\n    giveReviewStatement(roundId: $roundId, kind: $kind, text: $text) {\n      id\n      kind\n      text\n      givenAt\n    }\n  }\n"): (typeof documents)["\n  mutation GiveReviewStatement($roundId: ID!, $kind: StatementKind!, $text: String) {\n    giveReviewStatement(roundId: $roundId, kind: $kind, text: $text) {\n      id\n      kind\n      text\n      givenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendReviewDeadline($roundId: ID!, $municipalityId: ID!, $deadline: DateTime!) {\n    extendReviewDeadline(roundId: $roundId, municipalityId: $municipalityId, deadline: $deadline) {\n      ...ReviewBoardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendReviewDeadline($roundId: ID!, $municipalityId: ID!, $deadline: DateTime!) {\n    extendReviewDeadline(roundId: $roundId, municipalityId: $municipalityId, deadline: $deadline) {\n      ...ReviewBoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReviewRound($id: ID!, $version: Int!) {\n    closeReviewRound(id: $id, version: $version) {\n      ...ReviewRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReviewRound($id: ID!, $version: Int!) {\n    closeReviewRound(id: $id, version: $version) {\n      ...ReviewRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerReviewComment($id: ID!, $version: Int!, $disposition: DispositionKind!, $reason: String) {\n    answerReviewComment(id: $id, version: $version, disposition: $disposition, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerReviewComment($id: ID!, $version: Int!, $disposition: DispositionKind!, $reason: String) {\n    answerReviewComment(id: $id, version: $version, disposition: $disposition, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyReviewProposal($id: ID!) {\n    applyReviewProposal(id: $id) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyReviewProposal($id: ID!) {\n    applyReviewProposal(id: $id) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportConsiderationTable($roundId: ID!, $format: ExportFormat!) {\n    exportConsiderationTable(roundId: $roundId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExportConsiderationTable($roundId: ID!, $format: ExportFormat!) {\n    exportConsiderationTable(roundId: $roundId, format: $format) {\n      ...DataExportFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWorkshop($code: String!, $name: String) {\n    joinWorkshop(code: $code, name: $name) {\n      sessionId\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWorkshop($code: String!, $name: String) {\n    joinWorkshop(code: $code, name: $name) {\n      sessionId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCardFields on BoardCard {\n    id\n    kind\n    text\n    cluster\n    hidden\n    authorName\n    mine\n    votes\n    votedByMe\n    recommendationId\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment BoardCardFields on BoardCard {\n    id\n    kind\n    text\n    cluster\n    hidden\n    authorName\n    mine\n    votes\n    votedByMe\n    recommendationId\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopBoard($sessionId: ID!) {\n    workshopBoard(sessionId: $sessionId) {\n      sessionId\n      title\n      room\n      joinCode\n      joinUrl\n      viewer {\n        name\n        guest\n        moderator\n        dotsLeft\n      }\n      cards {\n        ...BoardCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopBoard($sessionId: ID!) {\n    workshopBoard(sessionId: $sessionId) {\n      sessionId\n      title\n      room\n      joinCode\n      joinUrl\n      viewer {\n        name\n        guest\n        moderator\n        dotsLeft\n      }\n      cards {\n        ...BoardCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkshopContribution($input: AddContributionInput!) {\n    addWorkshopContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkshopContribution($input: AddContributionInput!) {\n    addWorkshopContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteContribution($id: ID!, $on: Boolean!) {\n    voteContribution(id: $id, on: $on) {\n      ...BoardCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoteContribution($id: ID!, $on: Boolean!) {\n    voteContribution(id: $id, on: $on) {\n      ...BoardCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditContribution($input: EditContributionInput!) {\n    editContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditContribution($input: EditContributionInput!) {\n    editContribution(input: $input) {\n      ...BoardCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContributionToRecommendation($id: ID!) {\n    contributionToRecommendation(id: $id) {\n      id\n      reference\n      revisionId\n    }\n  }\n"): (typeof documents)["\n  mutation ContributionToRecommendation($id: ID!) {\n    contributionToRecommendation(id: $id) {\n      id\n      reference\n      revisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkshopBoardEvents($sessionId: ID!) {\n    workshopBoardEvents(sessionId: $sessionId) {\n      type\n      contributionId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkshopBoardEvents($sessionId: ID!) {\n    workshopBoardEvents(sessionId: $sessionId) {\n      type\n      contributionId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopPhase($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n    workshopMeetings(revisionId: $revisionId) {\n      id\n      title\n      startsAt\n      location\n      attendance\n      minutes\n      fieldOfActionId\n      version\n      recommendations {\n        id\n        reference\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopPhase($revisionId: ID!) {\n    revision(id: $revisionId) {\n      id\n      title\n      regionId\n      fieldsOfAction {\n        id\n        code\n        title\n      }\n    }\n    workshopMeetings(revisionId: $revisionId) {\n      id\n      title\n      startsAt\n      location\n      attendance\n      minutes\n      fieldOfActionId\n      version\n      recommendations {\n        id\n        reference\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRecommendations($revisionId: ID!) {\n    recommendations(\n      revisionId: $revisionId\n      filter: { statuses: [SUBMITTED, IN_REVIEW, FEASIBILITY_CHECK, AGREED] }\n      limit: 1000\n    ) {\n      items {\n        id\n        reference\n        title\n        fieldOfAction {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingRecommendations($revisionId: ID!) {\n    recommendations(\n      revisionId: $revisionId\n      filter: { statuses: [SUBMITTED, IN_REVIEW, FEASIBILITY_CHECK, AGREED] }\n      limit: 1000\n    ) {\n      items {\n        id\n        reference\n        title\n        fieldOfAction {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshopMeeting($revisionId: ID!, $input: WorkshopMeetingInput!) {\n    createWorkshopMeeting(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkshopMeeting($revisionId: ID!, $input: WorkshopMeetingInput!) {\n    createWorkshopMeeting(revisionId: $revisionId, input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;