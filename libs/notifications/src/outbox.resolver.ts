import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { Ctx, forbidden, isUuid, notFound, type RequestContext } from '@konzeptwerk/platform';
import { OutboxMessage } from './outbox-message.entity';

@ObjectType()
export class OutboxPage {
  @Field(() => Int)
  total: number;

  @Field(() => [OutboxMessage])
  messages: OutboxMessage[];
}

@Resolver()
export class OutboxResolver {
  constructor(private readonly db: DataSource) {}

  /**
   * The Postausgang: platform admins read every message, coordinators those
   * of their regions. Without SMTP this is where invitations can be followed.
   */
  @Query(() => OutboxPage)
  async outbox(
    @Ctx() ctx: RequestContext,
    @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OutboxPage> {
    const actor = await ctx.actor();
    actor.requireUser();
    let regionIds: string[] | null;
    if (regionId) {
      if (!isUuid(regionId) || !actor.canSeeRegion(regionId)) throw notFound();
      if (!actor.isPlatformAdmin && !actor.isCoordinatorOf(regionId)) throw forbidden();
      regionIds = [regionId];
    } else if (actor.isPlatformAdmin) {
      regionIds = null;
    } else {
      regionIds = [...actor.coordinatorRegionIds];
      if (regionIds.length === 0) throw forbidden();
    }
    const [messages, total] = await this.db.getRepository(OutboxMessage).findAndCount({
      where: regionIds ? { regionId: In(regionIds) } : {},
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(limit, 1), 200),
      skip: Math.max(offset, 0),
    });
    return { messages, total };
  }
}
