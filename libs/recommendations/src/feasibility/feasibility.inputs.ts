import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { FeasibilityAnswer } from '@konzeptwerk/contracts';

@InputType()
export class RequestFeasibilityInput {
  @Field(() => ID)
  revisionId: string;

  @Field(() => [ID], { description: 'Recommendations IN_REVIEW or FEASIBILITY_CHECK; IN_REVIEW ones move on.' })
  recommendationIds: string[];

  @Field(() => [ID], { description: 'Organisations of the region asked for a statement.' })
  organisationIds: string[];

  @Field(() => GraphQLISODateTime, { description: 'Must lie in the future.' })
  deadline: Date;

  @Field(() => String, { nullable: true, description: 'Sent with the request.' })
  message?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Days before the deadline on which open checks are reminded: 1 to 60, each once. Default [7, 1].',
  })
  reminderDaysBefore?: number[] | null;
}

@InputType()
export class AnswerFeasibilityInput {
  @Field(() => ID)
  checkId: string;

  @Field(() => FeasibilityAnswer)
  answer: FeasibilityAnswer;

  @Field(() => String, { nullable: true, description: 'Required unless the answer is FEASIBLE.' })
  comment?: string | null;

  @Field(() => Int, { description: 'The version of the check the answer is based on.' })
  version: number;
}
