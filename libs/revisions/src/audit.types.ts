import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AuditEntryView {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field({ description: 'What happened, e.g. phase.activated.' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String, { nullable: true, description: 'State before the change, as JSON.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'State after the change, as JSON.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType()
export class AuditPage {
  @Field(() => Int)
  total: number;

  @Field(() => [AuditEntryView])
  entries: AuditEntryView[];
}
