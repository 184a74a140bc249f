import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RevisionRole } from '@konzeptwerk/contracts';
import { Ctx, indexBy, type RequestContext } from '@konzeptwerk/platform';
import { Organisation } from '@konzeptwerk/regions';
import { FeasibilityCheck, FeasibilityRequest, Recommendation } from '../recommendation.entity';
import { AnswerFeasibilityInput, RequestFeasibilityInput } from './feasibility.inputs';
import { FeasibilityService } from './feasibility.service';
import { FeasibilityMatrix, FeasibilityRequestResult } from './feasibility.types';

@Resolver(() => FeasibilityCheck)
export class FeasibilityResolver {
  constructor(private readonly feasibility: FeasibilityService) {}

  @Query(() => FeasibilityMatrix, {
    description: 'Recommendations × organisations with the latest answers (coordinators).',
  })
  async feasibilityMatrix(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.feasibility.feasibilityMatrix(await ctx.actor(), revisionId);
  }

  @Query(() => [FeasibilityCheck], {
    description: "The checks of the caller's organisations (coordinators: all of the revision), open ones first.",
  })
  async myFeasibilityChecks(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.feasibility.myFeasibilityChecks(await ctx.actor(), revisionId);
  }

  @Mutation(() => FeasibilityRequestResult, {
    description: 'Asks organisations whether recommendations are feasible for them; e-mails whoever answers for each.',
  })
  async requestFeasibility(@Ctx() ctx: RequestContext, @Args('input') input: RequestFeasibilityInput) {
    return this.feasibility.requestFeasibility(await ctx.actor(), input);
  }

  @Mutation(() => FeasibilityCheck, {
    description: "An implementing actor's answer for their organisation; can be changed until the deadline.",
  })
  async answerFeasibility(@Ctx() ctx: RequestContext, @Args('input') input: AnswerFeasibilityInput) {
    return this.feasibility.answerFeasibility(await ctx.actor(), input);
  }

  @ResolveField(() => FeasibilityRequest)
  request(@Parent() check: FeasibilityCheck, @Ctx() ctx: RequestContext) {
    return (
      check.request ??
      ctx.loaders
        .get<string, FeasibilityRequest | null>('feasibilityRequestById', async (ids) =>
          indexBy(ids, await this.feasibility.requestsByIds(ids), (x) => x.id),
        )
        .load(check.requestId)
    );
  }

  @ResolveField(() => Recommendation)
  recommendation(@Parent() check: FeasibilityCheck, @Ctx() ctx: RequestContext) {
    return (
      check.recommendation ??
      ctx.loaders
        .get<string, Recommendation | null>('feasibilityRecommendationById', async (ids) =>
          indexBy(ids, await this.feasibility.recommendationsByIds(ids), (x) => x.id),
        )
        .load(check.recommendationId)
    );
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() check: FeasibilityCheck, @Ctx() ctx: RequestContext) {
    return (
      check.organisation ??
      ctx.loaders
        .get<string, Organisation | null>('feasibilityOrganisationById', async (ids) =>
          indexBy(ids, await this.feasibility.organisationsByIds(ids), (x) => x.id),
        )
        .load(check.organisationId)
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller may answer it now: for their organisation, before the deadline.',
  })
  async canAnswer(@Parent() check: FeasibilityCheck, @Ctx() ctx: RequestContext) {
    const actor = await ctx.actor();
    const request = await this.request(check, ctx);
    if (!request || request.deadline.getTime() <= Date.now()) return false;
    return actor
      .membershipsIn(request.revisionId)
      .some((m) => m.role === RevisionRole.IMPLEMENTING_ACTOR && m.organisationId === check.organisationId);
  }
}
