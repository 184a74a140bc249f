import { graphql } from '../../gql';

export const RECOMMENDATION_EXPORT_FIELDS = graphql(`
  fragment RecommendationExportFields on DataExport {
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

export const RECOMMENDATION_EXPORT = graphql(`
  query RecommendationExport($id: ID!) {
    dataExport(id: $id) {
      ...RecommendationExportFields
    }
  }
`);

export const RECOMMENDATION_EXPORTS = graphql(`
  query RecommendationExports($revisionId: ID!) {
    dataExports(revisionId: $revisionId) {
      ...RecommendationExportFields
    }
  }
`);

export const START_RECOMMENDATION_EXPORT = graphql(`
  mutation StartRecommendationExport($revisionId: ID!, $format: ExportFormat!) {
    exportRecommendations(revisionId: $revisionId, format: $format) {
      ...RecommendationExportFields
    }
  }
`);
