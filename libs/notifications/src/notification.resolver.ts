import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, invalid, isUuid, type RequestContext } from '@konzeptwerk/platform';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification])
  items: Notification[];

  @Field(() => Int)
  unread: number;
}

/** The in-app inbox: every signed-in person reads and marks only their own notifications. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => NotificationPage)
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<NotificationPage> {
    const userId = (await ctx.actor()).requireUser();
    if (limit < 1 || limit > 100) throw invalid('limit: 1 to 100');
    const [items, [{ unread }]] = await Promise.all([
      this.db.manager.find(Notification, { where: { accountId: userId }, order: { createdAt: 'DESC' }, take: limit }),
      this.db.query(`SELECT count(*)::int AS unread FROM notification WHERE account_id = $1 AND read_at IS NULL`, [
        userId,
      ]) as Promise<{ unread: number }[]>,
    ]);
    return { items, unread };
  }

  @Mutation(() => Int, { description: 'Marks the given notifications (or all) as read; answers how many changed.' })
  async markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    const userId = (await ctx.actor()).requireUser();
    if (ids && ids.some((id) => !isUuid(id))) throw invalid('ids: unknown id');
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, changed] = (await this.db.query(
      `UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
      [userId, ids],
    )) as [unknown[], number];
    return changed;
  }

  @ResolveField(() => String, { description: 'JSON object with the facts the message is worded from.' })
  params(@Parent() n: Notification): string {
    return JSON.stringify(n.params);
  }
}
