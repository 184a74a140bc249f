import { graphql } from '../../gql';

export const PUBLISHED_CONCEPTS = graphql(`
  query PublishedConcepts {
    publishedConcepts {
      revisionId
      title
      regionName
      publishedAt
    }
  }
`);

export const PUBLISHED_CONCEPT = graphql(`
  query PublishedConcept($revisionId: ID!, $fieldOfActionId: ID, $targetGroupId: ID, $search: String) {
    publishedConcept(revisionId: $revisionId) {
      revisionId
      title
      regionName
      publishedAt
      versionNumber
      adoptionBody
      adoptionDate
      adoptionReference
      adoptionResult
      sections {
        id
        parentId
        level
        title
        html
      }
      fieldsOfAction {
        id
        code
        title
      }
      targetGroups {
        id
        name
      }
      everyRecommendation: recommendations {
        reference
        fieldOfAction {
          id
        }
      }
      recommendations(fieldOfActionId: $fieldOfActionId, targetGroupId: $targetGroupId, search: $search) {
        reference
        title
        fieldOfAction {
          id
          title
        }
        targetGroups {
          id
          name
        }
        municipalities
        rationale
        timeHorizon
      }
      documents {
        format
        url
        fileName
        byteSize
      }
    }
  }
`);

export const CONCEPT_PUBLICATION = graphql(`
  query ConceptPublication($revisionId: ID!) {
    revision(id: $revisionId) {
      id
      title
      regionId
    }
    conceptDraft(revisionId: $revisionId) {
      id
      versions {
        id
        number
        note
        frozenAt
      }
    }
    conceptPublication(revisionId: $revisionId) {
      id
      version
      versionId
      finalisedAt
      overrideReason
      adoptionBody
      adoptionDate
      adoptionReference
      adoptionResult
      publishedAt
      recommendationCount
      draftVersion {
        id
        number
      }
    }
  }
`);

export const PUBLICATION_DOCUMENTS = graphql(`
  query PublicationDocuments($revisionId: ID!) {
    conceptPublication(revisionId: $revisionId) {
      id
      documents {
        ...DataExportFields
      }
    }
  }
`);

export const FINALISE_VERSION = graphql(`
  mutation FinaliseConceptVersion($versionId: ID!, $overrideReason: String) {
    finaliseConceptVersion(versionId: $versionId, overrideReason: $overrideReason) {
      id
      version
    }
  }
`);

export const RECORD_ADOPTION = graphql(`
  mutation RecordConceptAdoption($id: ID!, $version: Int!, $input: AdoptionInput!) {
    recordConceptAdoption(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const PUBLISH_CONCEPT = graphql(`
  mutation PublishConcept($id: ID!, $version: Int!) {
    publishConcept(id: $id, version: $version) {
      id
      version
      publishedAt
    }
  }
`);
