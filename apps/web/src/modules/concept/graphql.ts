import { graphql } from '../../gql';

/** The revision around the concept pages, with the draft, its sections and its frozen versions. */
export const CONCEPT_DRAFT = graphql(`
  query ConceptDraftPage($revisionId: ID!) {
    revision(id: $revisionId) {
      id
      title
      regionId
    }
    conceptDraft(revisionId: $revisionId) {
      id
      title
      version
      sections {
        id
        parentId
        position
        kind
        fieldOfActionId
        title
        body
        liveHtml
        version
        updatedAt
      }
      versions {
        id
        number
        note
        frozenAt
      }
    }
  }
`);

export const CREATE_CONCEPT_DRAFT = graphql(`
  mutation CreateConceptDraft($revisionId: ID!, $title: String) {
    createConceptDraft(revisionId: $revisionId, title: $title) {
      id
    }
  }
`);

export const ADD_CONCEPT_SECTION = graphql(`
  mutation AddConceptSection($draftId: ID!, $input: NewConceptSectionInput!) {
    addConceptSection(draftId: $draftId, input: $input) {
      id
      title
    }
  }
`);

export const UPDATE_CONCEPT_SECTION = graphql(`
  mutation UpdateConceptSection($id: ID!, $version: Int!, $input: ConceptSectionInput!) {
    updateConceptSection(id: $id, version: $version, input: $input) {
      id
      title
      body
      liveHtml
      version
      updatedAt
    }
  }
`);

export const DELETE_CONCEPT_SECTION = graphql(`
  mutation DeleteConceptSection($id: ID!) {
    deleteConceptSection(id: $id)
  }
`);

export const MOVE_CONCEPT_SECTION = graphql(`
  mutation MoveConceptSection($id: ID!, $direction: Int!) {
    moveConceptSection(id: $id, direction: $direction) {
      id
      position
      version
    }
  }
`);

export const FREEZE_CONCEPT_VERSION = graphql(`
  mutation FreezeConceptVersion($draftId: ID!, $note: String) {
    freezeConceptVersion(draftId: $draftId, note: $note) {
      id
      number
      note
      frozenAt
    }
  }
`);

/** Two frozen versions as a redline. */
export const COMPARE_DRAFT_VERSIONS = graphql(`
  query CompareDraftVersions($fromId: ID!, $toId: ID!) {
    compareDraftVersions(fromId: $fromId, toId: $toId) {
      added
      removed
      changed
      html
      docxUrl
      from {
        id
        number
      }
      to {
        id
        number
      }
    }
  }
`);
