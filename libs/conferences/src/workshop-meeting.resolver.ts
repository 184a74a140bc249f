import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, groupBy, type RequestContext } from '@konzeptwerk/platform';
import { Recommendation } from '@konzeptwerk/recommendations';
import { WorkshopMeeting } from './conference.entity';
import { WorkshopMeetingInput } from './conference.types';
import { WorkshopMeetingService } from './workshop-meeting.service';

@Resolver(() => WorkshopMeeting)
export class WorkshopMeetingResolver {
  constructor(private readonly meetings: WorkshopMeetingService) {}

  @Query(() => [WorkshopMeeting], { description: 'Meetings of the workshop phase (everyone of the revision).' })
  async workshopMeetings(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.meetings.list(await ctx.actor(), revisionId);
  }

  @Mutation(() => WorkshopMeeting, { description: 'Records a meeting of the workshop phase (coordinators).' })
  async createWorkshopMeeting(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: WorkshopMeetingInput,
  ) {
    return this.meetings.create(await ctx.actor(), revisionId, input);
  }

  @Mutation(() => WorkshopMeeting, { description: 'Changes it (optimistic locking).' })
  async updateWorkshopMeeting(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: WorkshopMeetingInput,
  ) {
    return this.meetings.update(await ctx.actor(), id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a meeting of the workshop phase (coordinators).' })
  async deleteWorkshopMeeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.meetings.remove(await ctx.actor(), id);
  }

  @ResolveField(() => [Recommendation], { description: 'Recommendations worked on, by reference.' })
  async recommendations(@Ctx() ctx: RequestContext, @Parent() m: WorkshopMeeting): Promise<Recommendation[]> {
    return ctx.loaders
      .get<string, Recommendation[]>('meeting.recommendations', async (ids) =>
        groupBy(ids, await this.meetings.recommendationsOf(ids), (l) => l.meetingId).map((list) =>
          list.map((l) => l.recommendation),
        ),
      )
      .load(m.id);
  }
}
