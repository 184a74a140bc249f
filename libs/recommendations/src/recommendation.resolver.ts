import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { RecommendationAction } from '@konzeptwerk/contracts';
import { Ctx, forbidden, groupBy, indexBy, type RequestContext } from '@konzeptwerk/platform';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { FieldOfAction, TargetGroup } from '@konzeptwerk/revisions';
import { revisionAccess } from './access';
import { availableActions, canEdit } from './recommendation-rules';
import { EvidenceLink, Recommendation, RecommendationComment } from './recommendation.entity';
import {
  CommentThread,
  CoverageCell,
  CreateRecommendationInput,
  EvidenceInput,
  FieldChangeView,
  MergeRecommendationsInput,
  Person,
  RecommendationFilter,
  RecommendationPage,
  RecommendationVersionInfo,
  SimilarRecommendation,
  UpdateRecommendationInput,
} from './recommendation.types';
import { RecommendationService } from './recommendation.service';

type Row = Record<string, unknown>;

@Resolver(() => Recommendation)
export class RecommendationResolver {
  constructor(
    private readonly service: RecommendationService,
    private readonly db: DataSource,
  ) {}

  // ---------------------------------------------------------------- queries

  @Query(() => RecommendationPage, { description: 'Recommendations of a revision, filtered, in pages.' })
  async recommendations(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('filter', { type: () => RecommendationFilter, nullable: true }) filter: RecommendationFilter | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<RecommendationPage> {
    return this.service.list(await ctx.actor(), revisionId, filter ?? { mine: false }, limit, offset);
  }

  @Query(() => Recommendation)
  async recommendation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(await ctx.actor(), id);
  }

  @Query(() => [SimilarRecommendation], { description: 'Existing recommendations similar to a text being written.' })
  async similarRecommendations(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('title') title: string,
    @Args('rationale', { defaultValue: '' }) rationale: string,
    @Args('excludeId', { type: () => ID, nullable: true }) excludeId: string | null,
  ) {
    return this.service.similar(await ctx.actor(), revisionId, title, rationale, excludeId);
  }

  @Query(() => [CoverageCell], { description: 'Fields of action × target groups: counts of recommendations.' })
  async recommendationCoverage(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.coverage(await ctx.actor(), revisionId);
  }

  @Query(() => [FieldChangeView], { description: 'Two versions of a recommendation compared word by word.' })
  async recommendationDiff(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    return this.service.diff(await ctx.actor(), id, from, to);
  }

  @Query(() => [Person], { description: 'Participants of the revision who can be named co-authors.' })
  async coAuthorCandidates(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    const access = await revisionAccess(this.db.manager, await ctx.actor(), revisionId);
    if (!access.isCoordinator && !access.isParticipant) throw forbidden();
    return (await this.db.query(
      `SELECT DISTINCT a.id, a.display_name AS "displayName" FROM revision_membership m JOIN account a ON a.id = m.account_id
        WHERE m.revision_id = $1 AND m.role = 'PARTICIPANT' ORDER BY 2, 1`,
      [revisionId],
    )) as Person[];
  }

  // ---------------------------------------------------------------- mutations

  @Mutation(() => Recommendation)
  async createRecommendation(@Ctx() ctx: RequestContext, @Args('input') input: CreateRecommendationInput) {
    return this.service.create(await ctx.actor(), input);
  }

  @Mutation(() => Recommendation, {
    description: 'Saves an edit as a new version; RECOMMENDATION_CONFLICT if someone else changed it.',
  })
  async updateRecommendation(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRecommendationInput) {
    return this.service.update(await ctx.actor(), input);
  }

  @Mutation(() => Recommendation, { description: 'Moves a recommendation in its lifecycle.' })
  async transitionRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => RecommendationAction }) action: RecommendationAction,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return this.service.transition(await ctx.actor(), id, action, reason);
  }

  @Mutation(() => Recommendation, { description: 'Merges several recommendations into a new one.' })
  async mergeRecommendations(@Ctx() ctx: RequestContext, @Args('input') input: MergeRecommendationsInput) {
    return this.service.merge(await ctx.actor(), input);
  }

  @Mutation(() => Recommendation)
  async addCoAuthor(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accountId', { type: () => ID }) accountId: string,
  ) {
    return this.service.addCoAuthor(await ctx.actor(), id, accountId);
  }

  @Mutation(() => Recommendation)
  async removeCoAuthor(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accountId', { type: () => ID }) accountId: string,
  ) {
    return this.service.removeCoAuthor(await ctx.actor(), id, accountId);
  }

  @Mutation(() => Recommendation)
  async supportRecommendation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.support(await ctx.actor(), id, true);
  }

  @Mutation(() => Recommendation)
  async withdrawSupport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.support(await ctx.actor(), id, false);
  }

  @Mutation(() => RecommendationComment)
  async addRecommendationComment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
  ) {
    return this.service.addComment(await ctx.actor(), id, body, parentId);
  }

  @Mutation(() => EvidenceLink)
  async addEvidence(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EvidenceInput,
  ) {
    return this.service.addEvidence(await ctx.actor(), id, input);
  }

  @Mutation(() => Boolean)
  async removeEvidence(@Ctx() ctx: RequestContext, @Args('linkId', { type: () => ID }) linkId: string) {
    return this.service.removeEvidence(await ctx.actor(), linkId);
  }

  // ---------------------------------------------------------------- fields, batched per request

  @ResolveField(() => FieldOfAction)
  async fieldOfAction(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return ctx.loaders
      .get<string, FieldOfAction | null>('rec.field', async (ids) =>
        indexBy(ids, await this.db.manager.findBy(FieldOfAction, { id: In([...ids]) }), (f) => f.id),
      )
      .load(r.fieldOfActionId);
  }

  @ResolveField(() => [TargetGroup])
  async targetGroups(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return this.linked(
      ctx,
      'rec.targetGroups',
      r.id,
      (ids) =>
        this.db.query(
          `SELECT l.recommendation_id AS "recId", t.* FROM recommendation_target_group l JOIN target_group t ON t.id = l.target_group_id
          WHERE l.recommendation_id = ANY($1) ORDER BY t.position, t.name`,
          [ids],
        ),
      (row) =>
        this.db.manager.create(TargetGroup, {
          id: row.id,
          name: row.name,
          description: row.description,
          position: row.position,
          revisionId: row.revision_id,
          version: row.version,
        } as Partial<TargetGroup>),
    );
  }

  @ResolveField(() => [Municipality], { description: 'Empty when the recommendation concerns all municipalities.' })
  async municipalities(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    if (r.allMunicipalities) return [];
    return this.linked(
      ctx,
      'rec.municipalities',
      r.id,
      (ids) =>
        this.db.query(
          `SELECT l.recommendation_id AS "recId", m.id, m.name, m.kind, m.region_id FROM recommendation_municipality l JOIN municipality m ON m.id = l.municipality_id
          WHERE l.recommendation_id = ANY($1) ORDER BY m.name`,
          [ids],
        ),
      (row) =>
        this.db.manager.create(Municipality, {
          id: row.id,
          name: row.name,
          kind: row.kind,
          regionId: row.region_id,
        } as Partial<Municipality>),
    );
  }

  @ResolveField(() => [Organisation], { description: 'Implementing organisations.' })
  async organisations(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    const links = await ctx.loaders
      .get<string, { recommendationId: string; organisationId: string }[]>('rec.organisationIds', async (ids) =>
        groupBy(
          ids,
          (await this.db.query(
            `SELECT recommendation_id AS "recommendationId", organisation_id AS "organisationId" FROM recommendation_organisation WHERE recommendation_id = ANY($1)`,
            [ids],
          )) as { recommendationId: string; organisationId: string }[],
          (l) => l.recommendationId,
        ),
      )
      .load(r.id);
    const orgs = await ctx.loaders
      .get<string, Organisation | null>('rec.organisation', async (ids) =>
        indexBy(ids, await this.db.manager.findBy(Organisation, { id: In([...ids]) }), (o) => o.id),
      )
      .loadMany(links.map((l) => l.organisationId));
    return (orgs.filter((o) => o && !(o instanceof Error)) as Organisation[]).sort((a, b) =>
      a.name.localeCompare(b.name, 'de'),
    );
  }

  @ResolveField(() => [Person], { description: 'The creator and the co-authors.' })
  async authors(@Ctx() ctx: RequestContext, @Parent() r: Recommendation): Promise<Person[]> {
    return this.linked(
      ctx,
      'rec.authors',
      r.id,
      (ids) =>
        this.db.query(
          `SELECT l.recommendation_id AS "recId", a.id, a.display_name FROM recommendation_author l JOIN account a ON a.id = l.account_id
          WHERE l.recommendation_id = ANY($1) ORDER BY l.is_creator DESC, l.created_at, a.id`,
          [ids],
        ),
      (row) => ({ id: row.id as string, displayName: row.display_name as string }),
    );
  }

  @ResolveField(() => Int)
  async supportCount(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return this.count(ctx, 'rec.supportCount', 'recommendation_support', r.id);
  }

  @ResolveField(() => Int)
  async commentCount(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return this.count(ctx, 'rec.commentCount', 'recommendation_comment', r.id);
  }

  @ResolveField(() => Boolean)
  async supportedByMe(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    const actor = await ctx.actor();
    if (!actor.userId) return false;
    const supported = await ctx.loaders
      .get<string, boolean>('rec.supportedByMe', async (ids) => {
        const rows = (await this.db.query(
          `SELECT recommendation_id FROM recommendation_support WHERE account_id = $1 AND recommendation_id = ANY($2)`,
          [actor.userId, ids],
        )) as { recommendation_id: string }[];
        const set = new Set(rows.map((x) => x.recommendation_id));
        return ids.map((id) => set.has(id));
      })
      .load(r.id);
    return supported;
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may edit it now.' })
  async viewerCanEdit(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return canEdit(r.status, await this.movers(ctx, r));
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller is an author.' })
  async viewerIsAuthor(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return (await this.movers(ctx, r)).includes('author');
  }

  @ResolveField(() => [RecommendationAction], { description: 'Lifecycle steps the caller may take now.' })
  async availableActions(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return availableActions(r.status, await this.movers(ctx, r));
  }

  @ResolveField(() => Recommendation, { nullable: true })
  async mergedInto(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    if (!r.mergedIntoId) return null;
    return ctx.loaders
      .get<string, Recommendation | null>('rec.byId', async (ids) =>
        indexBy(ids, await this.db.manager.findBy(Recommendation, { id: In([...ids]) }), (x) => x.id),
      )
      .load(r.mergedIntoId);
  }

  @ResolveField(() => [Recommendation], { description: 'The recommendations merged into this one.' })
  async mergedFrom(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return ctx.loaders
      .get<string, Recommendation[]>('rec.mergedFrom', async (ids) =>
        groupBy(
          ids,
          await this.db.manager.find(Recommendation, {
            where: { mergedIntoId: In([...ids]) },
            order: { reference: 'ASC' },
          }),
          (x) => x.mergedIntoId!,
        ),
      )
      .load(r.id);
  }

  @ResolveField(() => [EvidenceLink], { description: 'The evidence trail: where the recommendation came from.' })
  async evidence(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return ctx.loaders
      .get<string, EvidenceLink[]>('rec.evidence', async (ids) =>
        groupBy(
          ids,
          await this.db.manager.find(EvidenceLink, {
            where: { recommendationId: In([...ids]) },
            order: { createdAt: 'ASC' },
          }),
          (x) => x.recommendationId,
        ),
      )
      .load(r.id);
  }

  @ResolveField(() => [CommentThread], { description: 'Comments with their replies, oldest first.' })
  async comments(@Parent() r: Recommendation): Promise<CommentThread[]> {
    const all = await this.db.manager.find(RecommendationComment, {
      where: { recommendationId: r.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return all
      .filter((c) => !c.parentId)
      .map((comment) => ({ comment, replies: all.filter((c) => c.parentId === comment.id) }));
  }

  @ResolveField(() => [RecommendationVersionInfo], { description: 'Every version, newest first.' })
  async versions(@Ctx() ctx: RequestContext, @Parent() r: Recommendation) {
    return this.service.versions(await ctx.actor(), r.id);
  }

  // ---------------------------------------------------------------- helpers

  private async movers(ctx: RequestContext, r: Recommendation) {
    const actor = await ctx.actor();
    return ctx.loaders
      .get<Recommendation, ('author' | 'coordinator')[]>('rec.movers', (recs) => this.service.moversFor(actor, recs))
      .load(r);
  }

  private async count(ctx: RequestContext, key: string, table: string, id: string): Promise<number> {
    return ctx.loaders
      .get<string, number>(key, async (ids) => {
        const rows = (await this.db.query(
          `SELECT recommendation_id, count(*)::int AS n FROM ${table} WHERE recommendation_id = ANY($1) GROUP BY 1`,
          [ids],
        )) as { recommendation_id: string; n: number }[];
        const byId = new Map(rows.map((x) => [x.recommendation_id, x.n]));
        return ids.map((i) => byId.get(i) ?? 0);
      })
      .load(id);
  }

  private async linked<T>(
    ctx: RequestContext,
    key: string,
    id: string,
    load: (ids: readonly string[]) => Promise<Row[]>,
    map: (row: Row) => T,
  ): Promise<T[]> {
    return ctx.loaders
      .get<string, T[]>(key, async (ids) => {
        const rows = await load(ids);
        return ids.map((i) => rows.filter((row) => row.recId === i).map(map));
      })
      .load(id);
  }
}

@Resolver(() => RecommendationComment)
export class RecommendationCommentResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  async authorName(@Ctx() ctx: RequestContext, @Parent() c: RecommendationComment) {
    if (!c.authorId) return null;
    return ctx.loaders
      .get<string, string | null>('account.name', async (ids) => {
        const rows = (await this.db.query(`SELECT id, display_name FROM account WHERE id = ANY($1)`, [ids])) as {
          id: string;
          display_name: string;
        }[];
        const byId = new Map(rows.map((x) => [x.id, x.display_name]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(c.authorId);
  }
}
