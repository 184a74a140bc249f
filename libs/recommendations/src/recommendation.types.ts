import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceKind, RecommendationAction, RecommendationStatus, TimeHorizon } from '@konzeptwerk/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { Recommendation, RecommendationComment } from './recommendation.entity';

registerEnumType(RecommendationAction, { name: 'RecommendationAction' });

@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field(() => ID, { nullable: true, description: 'The linked item where it lives on the platform.' })
  targetId?: string | null;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType({ isAbstract: true })
class RecommendationContentInput {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field()
  title: string;

  @Field({ description: 'Rich text (HTML); sanitized on the server.' })
  rationale: string;

  @Field(() => [ID], { defaultValue: [] })
  targetGroupIds: string[];

  @Field({ defaultValue: true })
  allMunicipalities: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'The municipalities concerned when not all are.' })
  municipalityIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Implementing organisations.' })
  organisationIds: string[];

  @Field(() => TimeHorizon, { nullable: true })
  timeHorizon?: TimeHorizon | null;

  @Field(() => String, { nullable: true })
  resources?: string | null;

  @Field(() => String, { nullable: true })
  indicators?: string | null;
}

@InputType()
export class CreateRecommendationInput extends RecommendationContentInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  evidence: EvidenceInput[];
}

@InputType()
export class UpdateRecommendationInput extends RecommendationContentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the edit is based on.' })
  version: number;
}

@InputType()
export class MergeRecommendationsInput extends RecommendationContentInput {
  @Field(() => [ID], { description: 'At least two recommendations of one revision.' })
  sourceIds: string[];
}

@InputType()
export class RecommendationFilter {
  @Field(() => ID, { nullable: true })
  fieldOfActionId?: string | null;

  @Field(() => ID, { nullable: true })
  targetGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => [RecommendationStatus], { nullable: true })
  statuses?: RecommendationStatus[] | null;

  @Field(() => String, { nullable: true, description: 'German full-text search in reference, title and rationale.' })
  search?: string | null;

  @Field({ defaultValue: false, description: 'Only those the caller wrote or co-wrote.' })
  mine: boolean;
}

@ObjectType({ description: 'A person as others see them: the name, no contact data.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType()
export class RecommendationPage {
  @Field(() => [Recommendation])
  items: Recommendation[];

  @Field(() => Int)
  total: number;
}

@ObjectType()
export class RecommendationVersionInfo {
  @Field(() => Int)
  number: number;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  authorName: string | null;
}

@ObjectType()
export class DiffSegmentView {
  @Field({ description: 'same, added or removed' })
  kind: string;

  @Field()
  text: string;
}

@ObjectType()
export class FieldChangeView {
  @Field({
    description:
      'title, rationale, fieldOfAction, targetGroups, municipalities, organisations, timeHorizon, resources or indicators',
  })
  field: string;

  @Field()
  before: string;

  @Field()
  after: string;

  @Field(() => [DiffSegmentView])
  segments: DiffSegmentView[];
}

@ObjectType()
export class SimilarRecommendation {
  @Field(() => Recommendation)
  recommendation: Recommendation;

  @Field(() => Float, { description: 'Similarity from 0 to 1.' })
  score: number;
}

@ObjectType()
export class CoverageCell {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field(() => ID, { nullable: true, description: 'Null: recommendations naming no target group.' })
  targetGroupId: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CommentThread {
  @Field(() => RecommendationComment)
  comment: RecommendationComment;

  @Field(() => [RecommendationComment])
  replies: RecommendationComment[];
}
