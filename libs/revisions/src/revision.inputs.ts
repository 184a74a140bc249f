import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateRevisionInput {
  @Field(() => ID)
  regionId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An earlier revision to continue: its fields of action, goals, guidelines and target groups are carried over.',
  })
  predecessorId?: string | null;
}

@InputType()
export class UpdateRevisionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class PlanPhaseInput {
  @Field(() => ID)
  phaseId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedEnd?: string | null;
}

@InputType()
export class SaveFieldOfActionInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  revisionId: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field()
  title: string;

  @Field({ description: 'Two to four capital letters, e.g. SB.' })
  code: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class SaveGoalInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  revisionId: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field(() => ID, { nullable: true, description: 'Absent for a guiding goal of the whole concept.' })
  fieldOfActionId?: string | null;

  @Field()
  text: string;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class SaveGuidelineInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  revisionId: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class SaveTargetGroupInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  revisionId: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}
