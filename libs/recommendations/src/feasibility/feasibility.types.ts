import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FeasibilityAnswer } from '@konzeptwerk/contracts';
import { Organisation } from '@konzeptwerk/regions';
import { FeasibilityRequest, Recommendation } from '../recommendation.entity';

@ObjectType({ description: 'What requesting feasibility checks did.' })
export class FeasibilityRequestResult {
  @Field(() => FeasibilityRequest)
  request: FeasibilityRequest;

  @Field(() => Int, { description: 'Checks created: one per recommendation and organisation.' })
  created: number;

  @Field(() => Int, { description: 'Pairs left out because they already wait for an answer in an open request.' })
  skipped: number;

  @Field(() => [ID], {
    description: 'Organisations asked but not reachable: no implementing actor in the revision and no contact e-mail.',
  })
  organisationsWithoutRecipient: string[];
}

@ObjectType({
  description: 'One cell of the feasibility matrix: the latest check of a recommendation and organisation.',
})
export class FeasibilityCell {
  @Field(() => ID)
  recommendationId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  checkId: string;

  @Field(() => ID)
  requestId: string;

  @Field(() => FeasibilityAnswer, { nullable: true })
  answer: FeasibilityAnswer | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime)
  deadline: Date;
}

@ObjectType({ description: 'Recommendations × organisations with their latest feasibility answers.' })
export class FeasibilityMatrix {
  @Field(() => [Recommendation], { description: 'In the order of fields of action and numbers.' })
  recommendations: Recommendation[];

  @Field(() => [Organisation], { description: 'Alphabetical.' })
  organisations: Organisation[];

  @Field(() => [FeasibilityCell], { description: 'Pairs without any check have no cell.' })
  cells: FeasibilityCell[];
}
