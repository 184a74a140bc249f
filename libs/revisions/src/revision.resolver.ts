import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { Ctx, groupBy, indexBy, type RequestContext } from '@konzeptwerk/platform';
import { Region } from '@konzeptwerk/regions';
import { AuditPage } from './audit.types';
import { ConceptRevision, FieldOfAction, Goal, Guideline, Phase, TargetGroup } from './revision.entity';
import {
  CreateRevisionInput,
  PlanPhaseInput,
  SaveFieldOfActionInput,
  SaveGoalInput,
  SaveGuidelineInput,
  SaveTargetGroupInput,
  UpdateRevisionInput,
} from './revision.inputs';
import { RevisionService } from './revision.service';

const byRevision = <T extends { revisionId: string }>(
  ctx: RequestContext,
  key: string,
  load: (ids: readonly string[]) => Promise<T[]>,
) => ctx.loaders.get<string, T[]>(key, async (ids) => groupBy(ids, await load(ids), (x) => x.revisionId));

@Resolver(() => ConceptRevision)
export class RevisionResolver {
  constructor(
    private readonly revisions: RevisionService,
    private readonly db: DataSource,
  ) {}

  @Query(() => ConceptRevision)
  async revision(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ConceptRevision> {
    return this.revisions.getRevision(await ctx.actor(), id);
  }

  @Query(() => AuditPage, { description: 'The audit log of a region or a revision (coordinators and admins).' })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null,
    @Args('revisionId', { type: () => ID, nullable: true }) revisionId: string | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AuditPage> {
    const { entries, total } = await this.revisions.auditLog(
      await ctx.actor(),
      { regionId, revisionId },
      limit,
      offset,
    );
    const actorIds = [...new Set(entries.map((e) => e.actorId).filter((x): x is string => !!x))];
    const names = new Map<string, string>(
      actorIds.length
        ? (await this.db.query('SELECT id, display_name FROM account WHERE id = ANY($1)', [actorIds])).map(
            (r: { id: string; display_name: string }) => [r.id, r.display_name],
          )
        : [],
    );
    return {
      total,
      entries: entries.map((e) => ({
        id: e.id,
        createdAt: e.createdAt,
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before ? JSON.stringify(e.before) : null,
        after: e.after ? JSON.stringify(e.after) : null,
        reason: e.reason,
      })),
    };
  }

  @Mutation(() => ConceptRevision)
  async createRevision(@Ctx() ctx: RequestContext, @Args('input') input: CreateRevisionInput) {
    return this.revisions.createRevision(await ctx.actor(), input);
  }

  @Mutation(() => ConceptRevision)
  async updateRevision(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRevisionInput) {
    return this.revisions.updateRevision(await ctx.actor(), input);
  }

  @Mutation(() => Phase)
  async planPhase(@Ctx() ctx: RequestContext, @Args('input') input: PlanPhaseInput) {
    return this.revisions.planPhase(await ctx.actor(), input);
  }

  @Mutation(() => Phase, { description: 'PLANNED → ACTIVE; the phase before must have started.' })
  async activatePhase(@Ctx() ctx: RequestContext, @Args('phaseId', { type: () => ID }) phaseId: string) {
    return this.revisions.transitionPhase(await ctx.actor(), phaseId, 'activate');
  }

  @Mutation(() => Phase, { description: 'ACTIVE → CLOSED.' })
  async closePhase(@Ctx() ctx: RequestContext, @Args('phaseId', { type: () => ID }) phaseId: string) {
    return this.revisions.transitionPhase(await ctx.actor(), phaseId, 'close');
  }

  @Mutation(() => Phase, { description: 'CLOSED → ACTIVE, with a reason.' })
  async reopenPhase(
    @Ctx() ctx: RequestContext,
    @Args('phaseId', { type: () => ID }) phaseId: string,
    @Args('reason') reason: string,
  ) {
    return this.revisions.transitionPhase(await ctx.actor(), phaseId, 'reopen', reason);
  }

  @Mutation(() => FieldOfAction)
  async saveFieldOfAction(@Ctx() ctx: RequestContext, @Args('input') input: SaveFieldOfActionInput) {
    return this.revisions.saveFieldOfAction(await ctx.actor(), input);
  }

  @Mutation(() => Boolean)
  async deleteFieldOfAction(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.revisions.deleteFieldOfAction(await ctx.actor(), id);
  }

  @Mutation(() => Goal)
  async saveGoal(@Ctx() ctx: RequestContext, @Args('input') input: SaveGoalInput) {
    return this.revisions.saveGoal(await ctx.actor(), input);
  }

  @Mutation(() => Boolean)
  async deleteGoal(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.revisions.deleteGoal(await ctx.actor(), id);
  }

  @Mutation(() => Guideline)
  async saveGuideline(@Ctx() ctx: RequestContext, @Args('input') input: SaveGuidelineInput) {
    return this.revisions.saveGuideline(await ctx.actor(), input);
  }

  @Mutation(() => Boolean)
  async deleteGuideline(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.revisions.deleteGuideline(await ctx.actor(), id);
  }

  @Mutation(() => TargetGroup)
  async saveTargetGroup(@Ctx() ctx: RequestContext, @Args('input') input: SaveTargetGroupInput) {
    return this.revisions.saveTargetGroup(await ctx.actor(), input);
  }

  @Mutation(() => Boolean)
  async deleteTargetGroup(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.revisions.deleteTargetGroup(await ctx.actor(), id);
  }

  @ResolveField(() => [Phase])
  phases(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return byRevision(ctx, 'phases', (ids) => this.revisions.phasesOf(ids)).load(r.id);
  }

  @ResolveField(() => [FieldOfAction])
  fieldsOfAction(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return byRevision(ctx, 'fieldsOfAction', (ids) => this.revisions.fieldsOfActionOf(ids)).load(r.id);
  }

  @ResolveField(() => [Goal], { description: 'Guiding goals of the whole concept (not tied to a field of action).' })
  guidingGoals(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return byRevision(ctx, 'guidingGoals', (ids) => this.revisions.guidingGoalsOf(ids)).load(r.id);
  }

  @ResolveField(() => [Guideline])
  guidelines(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return byRevision(ctx, 'guidelines', (ids) => this.revisions.guidelinesOf(ids)).load(r.id);
  }

  @ResolveField(() => [TargetGroup])
  targetGroups(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return byRevision(ctx, 'targetGroups', (ids) => this.revisions.targetGroupsOf(ids)).load(r.id);
  }

  @ResolveField(() => Region)
  region(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, Region | null>('regionById', async (ids) =>
        indexBy(ids, await this.db.getRepository(Region).findBy({ id: In([...ids]) }), (x) => x.id),
      )
      .load(r.regionId);
  }

  @ResolveField(() => ConceptRevision, { nullable: true })
  async predecessor(@Parent() r: ConceptRevision, @Ctx() ctx: RequestContext) {
    if (!r.predecessorId) return null;
    const actor = await ctx.actor();
    const p = await ctx.loaders
      .get<string, ConceptRevision | null>('revisionById', async (ids) =>
        indexBy(ids, await this.revisions.revisionsByIds(ids), (x) => x.id),
      )
      .load(r.predecessorId);
    return p && actor.canSeeRevision(p.id, p.regionId) ? p : null;
  }
}

@Resolver(() => FieldOfAction)
export class FieldOfActionResolver {
  constructor(private readonly revisions: RevisionService) {}

  @ResolveField(() => [Goal])
  async goals(@Parent() f: FieldOfAction, @Ctx() ctx: RequestContext) {
    const all = await byRevision(ctx, 'goals', (ids) => this.revisions.goalsOf(ids)).load(f.revisionId);
    return all.filter((g) => g.fieldOfActionId === f.id);
  }
}

@Resolver(() => Region)
export class RegionRevisionsResolver {
  constructor(private readonly revisions: RevisionService) {}

  @ResolveField(() => [ConceptRevision], {
    name: 'revisions',
    description: 'Revisions of the region the signed-in person may see, newest first.',
  })
  async visibleRevisions(@Parent() region: Region, @Ctx() ctx: RequestContext) {
    const actor = await ctx.actor();
    return ctx.loaders
      .get<string, ConceptRevision[]>('revisionsByRegion', async (ids) =>
        groupBy(ids, await this.revisions.revisionsOfRegions(actor, ids), (r) => r.regionId),
      )
      .load(region.id);
  }
}
