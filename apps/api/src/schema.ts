import { IndicatorResolver, IndicatorValueResolver, OffersResolver } from '@konzeptwerk/inventory';
import {
  FindingsResolver,
  RespondResolver,
  SurveyExportResolver,
  SurveyQuestionResolver,
  SurveyResolver,
  SurveyResultsResolver,
  SurveySectionResolver,
} from '@konzeptwerk/surveys';
import {
  ConceptDraftResolver,
  ConceptPublicationResolver,
  PublishedConceptResolver,
  ConceptSectionResolver,
  DraftVersionResolver,
  ReviewCommentResolver,
  ReviewRoundResolver,
  ReviewStatementResolver,
} from '@konzeptwerk/concept';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import {
  BoardResolver,
  ConferenceDocumentationResolver,
  ConferenceResolver,
  RegistrationResolver,
  WorkshopAssignmentResolver,
  WorkshopMeetingResolver,
  WorkshopSessionResolver,
} from '@konzeptwerk/conferences';
import { IdentityResolver } from '@konzeptwerk/identity';
import { NotificationResolver, OutboxResolver } from '@konzeptwerk/notifications';
import {
  FeasibilityResolver,
  RecommendationCommentResolver,
  RecommendationExportResolver,
  RecommendationResolver,
} from '@konzeptwerk/recommendations';
import { OrganisationResolver, RegionResolver } from '@konzeptwerk/regions';
import { FieldOfActionResolver, RegionRevisionsResolver, RevisionResolver } from '@konzeptwerk/revisions';

/** Every resolver of the API: the code-first source of the GraphQL schema. */
export const RESOLVERS = [
  IdentityResolver,
  RegionResolver,
  OrganisationResolver,
  RevisionResolver,
  FieldOfActionResolver,
  RegionRevisionsResolver,
  OutboxResolver,
  NotificationResolver,
  RecommendationResolver,
  RecommendationCommentResolver,
  FeasibilityResolver,
  RecommendationExportResolver,
  ConferenceResolver,
  ConferenceDocumentationResolver,
  WorkshopSessionResolver,
  RegistrationResolver,
  WorkshopAssignmentResolver,
  BoardResolver,
  WorkshopMeetingResolver,
  ConceptDraftResolver,
  ConceptSectionResolver,
  DraftVersionResolver,
  ReviewRoundResolver,
  ReviewCommentResolver,
  ReviewStatementResolver,
  ConceptPublicationResolver,
  PublishedConceptResolver,
  IndicatorResolver,
  IndicatorValueResolver,
  OffersResolver,
  SurveyResolver,
  SurveySectionResolver,
  SurveyQuestionResolver,
  RespondResolver,
  SurveyResultsResolver,
  FindingsResolver,
  SurveyExportResolver,
];

export const SCHEMA_HEADER = '# Generated from the resolvers by `npm run schema:generate`. Do not edit.\n\n';

/** Prints the schema without starting the app or touching a database. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
