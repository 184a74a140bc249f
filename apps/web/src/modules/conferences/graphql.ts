import { graphql } from '../../gql';

/** The revision around the coordinator page, with the fields of action workshops belong to. */
export const CONFERENCE_REVISION = graphql(`
  query ConferenceRevision($id: ID!) {
    revision(id: $id) {
      id
      title
      regionId
      fieldsOfAction {
        id
        code
        title
      }
    }
  }
`);

export const CONFERENCES = graphql(`
  query Conferences($revisionId: ID!) {
    conferences(revisionId: $revisionId) {
      id
      revisionId
      title
      description
      startsAt
      endsAt
      venue
      address
      capacity
      registrationOpensAt
      registrationClosesAt
      version
      privacyText {
        id
        version
        textDe
        textEn
        createdAt
      }
      registrationCounts {
        confirmed
        waitlisted
        cancelled
      }
      workshops {
        id
        title
        fieldOfActionId
        room
        slotStartsAt
        slotEndsAt
        capacity
        version
        joinCode
        moderators {
          id
          displayName
        }
      }
    }
  }
`);

/** Contact data: asked for coordinators only, the API refuses everyone else. */
export const REGISTRATIONS = graphql(`
  query Registrations($conferenceId: ID!, $status: RegistrationStatus) {
    registrations(conferenceId: $conferenceId, status: $status) {
      id
      name
      email
      organisation
      role
      status
      preferences
      accessibilityNeeds
      createdAt
    }
  }
`);

export const PUBLIC_CONFERENCE = graphql(`
  query PublicConference($id: ID!) {
    publicConference(id: $id) {
      id
      title
      description
      startsAt
      endsAt
      venue
      address
      registrationOpen
      registrationOpensAt
      registrationClosesAt
      placesLeft
      municipalities {
        id
        name
      }
      privacyText {
        id
        version
        textDe
        textEn
      }
      workshops {
        id
        title
        fieldOfAction
        room
        slotStartsAt
        slotEndsAt
      }
    }
  }
`);

export const CREATE_CONFERENCE = graphql(`
  mutation CreateConference($input: CreateConferenceInput!) {
    createConference(input: $input) {
      id
    }
  }
`);

export const UPDATE_CONFERENCE = graphql(`
  mutation UpdateConference($input: UpdateConferenceInput!) {
    updateConference(input: $input) {
      id
      title
      description
      startsAt
      endsAt
      venue
      address
      capacity
      registrationOpensAt
      registrationClosesAt
      version
    }
  }
`);

export const SET_PRIVACY_TEXT = graphql(`
  mutation SetConferencePrivacyText($conferenceId: ID!, $textDe: String!, $textEn: String!) {
    setConferencePrivacyText(conferenceId: $conferenceId, textDe: $textDe, textEn: $textEn) {
      id
      version
    }
  }
`);

export const ADD_WORKSHOP = graphql(`
  mutation AddWorkshop($conferenceId: ID!, $input: WorkshopSessionInput!) {
    addWorkshop(conferenceId: $conferenceId, input: $input) {
      id
    }
  }
`);

export const UPDATE_WORKSHOP = graphql(`
  mutation UpdateWorkshop($id: ID!, $version: Int!, $input: WorkshopSessionInput!) {
    updateWorkshop(id: $id, version: $version, input: $input) {
      id
      title
      fieldOfActionId
      room
      slotStartsAt
      slotEndsAt
      capacity
      version
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      status
      waitlistPosition
      conferenceTitle
    }
  }
`);

export const CANCEL_REGISTRATION = graphql(`
  mutation CancelRegistration($token: String!) {
    cancelRegistration(token: $token) {
      cancelledNow
      conferenceTitle
    }
  }
`);

export const CANCEL_REGISTRATION_BY_ID = graphql(`
  mutation CancelRegistrationById($id: ID!) {
    cancelRegistrationById(id: $id) {
      id
      status
    }
  }
`);

/** One time slot of the assignment: how the wishes came out there. */
export const ASSIGNMENT_SLOT = graphql(`
  fragment AssignmentSlotFields on AssignmentSlotReport {
    slotStartsAt
    registrants
    byRank {
      rank
      count
      share
    }
    unassigned
    overrides
    overCapacity {
      sessionId
      capacity
      assigned
    }
  }
`);

/** How the wishes came out, as the places stand now. */
export const ASSIGNMENT_REPORT = graphql(`
  query AssignmentReport($conferenceId: ID!) {
    assignmentReport(conferenceId: $conferenceId) {
      slots {
        ...AssignmentSlotFields
      }
    }
  }
`);

export const ASSIGN_WORKSHOPS = graphql(`
  mutation AssignWorkshops($conferenceId: ID!) {
    assignWorkshops(conferenceId: $conferenceId) {
      slots {
        ...AssignmentSlotFields
      }
    }
  }
`);

/** The participant lists of all workshops. */
export const WORKSHOP_PLACES = graphql(`
  query WorkshopPlaces($conferenceId: ID!) {
    workshopPlaces(conferenceId: $conferenceId) {
      registrationId
      sessionId
      name
      organisation
      role
      rank
      manual
      checkedInAt
    }
  }
`);

/** Who is confirmed, with their wishes: those without a place are placed from here. */
export const CONFIRMED_WISHES = graphql(`
  query ConfirmedWishes($conferenceId: ID!) {
    registrations(conferenceId: $conferenceId, status: CONFIRMED) {
      id
      name
      organisation
      preferences
    }
  }
`);

export const SET_WORKSHOP_PLACE = graphql(`
  mutation SetWorkshopPlace($registrationId: ID!, $sessionId: ID!) {
    setWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId) {
      registrationId
      sessionId
    }
  }
`);

export const CLEAR_WORKSHOP_PLACE = graphql(`
  mutation ClearWorkshopPlace($registrationId: ID!, $sessionId: ID!) {
    clearWorkshopPlace(registrationId: $registrationId, sessionId: $sessionId)
  }
`);

/** The check-in list on the day: confirmed people only. */
export const CHECK_IN_LIST = graphql(`
  query CheckInList($conferenceId: ID!) {
    registrations(conferenceId: $conferenceId, status: CONFIRMED) {
      id
      name
      organisation
      checkedInAt
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckIn($registrationId: ID!, $present: Boolean!) {
    checkIn(registrationId: $registrationId, present: $present) {
      id
      checkedInAt
    }
  }
`);

/** The flip-chart photos for the documentation (uploaded over HTTP, see PhotosSection). */
export const CONFERENCE_PHOTOS = graphql(`
  query ConferencePhotos($conferenceId: ID!) {
    conferencePhotos(conferenceId: $conferenceId) {
      id
      sessionId
      caption
      width
      height
      byteSize
    }
  }
`);

export const DELETE_CONFERENCE_PHOTO = graphql(`
  mutation DeleteConferencePhoto($id: ID!) {
    deleteConferencePhoto(id: $id)
  }
`);
