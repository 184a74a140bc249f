import { graphql } from '../../gql';

export const DATA_EXPORT_FIELDS = graphql(`
  fragment DataExportFields on DataExport {
    id
    format
    status
    processed
    total
    fileName
    byteSize
    error
    createdAt
    finishedAt
    downloadUrl
  }
`);

/** Only to tell whether the viewer coordinates the revision's region. */
export const RECOMMENDATION_EXPORT_REVISION = graphql(`
  query RecommendationExportRevision($id: ID!) {
    revision(id: $id) {
      id
      regionId
    }
  }
`);

/** One export with its progress, whatever it exports. */
export const DATA_EXPORT = graphql(`
  query DataExportProgress($id: ID!) {
    dataExport(id: $id) {
      ...DataExportFields
    }
  }
`);

export const RECOMMENDATION_EXPORTS = graphql(`
  query RecommendationExports($revisionId: ID!) {
    dataExports(revisionId: $revisionId) {
      ...DataExportFields
    }
  }
`);

export const START_RECOMMENDATION_EXPORT = graphql(`
  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {
    exportRecommendations(revisionId: $revisionId, format: $format) {
      ...DataExportFields
    }
  }
`);

export const CONFERENCE_DOCUMENTATION_EXPORTS = graphql(`
  query ConferenceDocumentationExports($conferenceId: ID!) {
    conferenceDocumentationExports(conferenceId: $conferenceId) {
      ...DataExportFields
    }
  }
`);

export const START_CONFERENCE_DOCUMENTATION = graphql(`
  mutation StartConferenceDocumentation($conferenceId: ID!, $format: ExportFormat!) {
    exportConferenceDocumentation(conferenceId: $conferenceId, format: $format) {
      ...DataExportFields
    }
  }
`);
