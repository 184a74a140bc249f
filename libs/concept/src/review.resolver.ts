import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DispositionKind, ExportFormat, StatementKind } from '@konzeptwerk/contracts';
import { Ctx, DataExport, type RequestContext } from '@konzeptwerk/platform';
import { ReviewComment, ReviewRound, ReviewStatement, DraftVersion } from './concept.entity';
import {
  ConsiderationRow,
  PassagePosition,
  ReviewBoardRow,
  ReviewCommentInput,
  ReviewPart,
  StartReviewRoundInput,
} from './concept.types';
import { ConceptService } from './concept.service';
import { ReviewService } from './review.service';
import { plainTextOf, resolveAnchor } from './text';

/** Municipality names for a list of comments or statements, in one query. */
function municipalityNames(ctx: RequestContext, review: ReviewService) {
  return ctx.loaders.get<string, string>('review.municipalityName', async (ids) => {
    const rows = await review.municipalityNames([...ids]);
    return ids.map((id) => rows.get(id) ?? '');
  });
}

@Resolver(() => ReviewRound)
export class ReviewRoundResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly concept: ConceptService,
  ) {}

  @Query(() => [ReviewRound], {
    description:
      "The review rounds of a revision the viewer may see: all for coordinators, their municipality's for reviewers, none for others.",
  })
  async reviewRounds(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.review.rounds(await ctx.actor(), revisionId);
  }

  @Query(() => ReviewRound, { description: 'A round, for its coordinators and the reviewers of its municipalities.' })
  async reviewRound(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.review.round(await ctx.actor(), id);
  }

  @Mutation(() => ReviewRound, {
    description: 'Sends a version to municipalities with a deadline; their reviewers are notified (coordinators).',
  })
  async startReviewRound(@Ctx() ctx: RequestContext, @Args('input') input: StartReviewRoundInput) {
    return this.review.startRound(await ctx.actor(), input);
  }

  @Mutation(() => ReviewRound, { description: 'A reviewer has opened the draft: the status board shows “reading”.' })
  async openReviewRound(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.review.markOpened(await ctx.actor(), id);
  }

  @Mutation(() => ReviewRound, { description: 'Closes the round: no more comments or statements (coordinators).' })
  async closeReviewRound(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.review.closeRound(await ctx.actor(), id, version);
  }

  @Mutation(() => ReviewBoardRow, { description: "Extends one municipality's deadline (coordinators)." })
  async extendReviewDeadline(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('deadline', { type: () => GraphQLISODateTime }) deadline: Date,
  ) {
    return this.review.extendDeadline(await ctx.actor(), roundId, municipalityId, deadline);
  }

  @ResolveField(() => DraftVersion, { description: 'The version under review.' })
  async draftVersion(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.concept.version(await ctx.actor(), round.versionId);
  }

  @ResolveField(() => [ReviewBoardRow], { description: 'Where each municipality stands (coordinators only).' })
  async board(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.board(await ctx.actor(), round.id);
  }

  @ResolveField(() => ReviewPart, {
    nullable: true,
    description: "The viewer's own municipality and its deadline (reviewers).",
  })
  async myPart(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.myPart(await ctx.actor(), round.id);
  }

  @ResolveField(() => [ReviewComment], { description: 'The comments the viewer may see.' })
  async comments(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.comments(await ctx.actor(), round.id);
  }

  @ResolveField(() => [ReviewStatement], { description: 'The statements the viewer may see.' })
  async statements(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.statements(await ctx.actor(), round.id);
  }

  @ResolveField(() => [ConsiderationRow], { description: 'The Abwägungstabelle (coordinators only).' })
  async considerationTable(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.considerationTable(await ctx.actor(), round.id);
  }

  @ResolveField(() => [DataExport], { description: 'The latest exports of the Abwägungstabelle (coordinators only).' })
  async considerationExports(@Ctx() ctx: RequestContext, @Parent() round: ReviewRound) {
    return this.review.considerationExports(await ctx.actor(), round.id);
  }

  @Mutation(() => DataExport, {
    description: 'Starts building the Abwägungstabelle as XLSX or DOCX (coordinators); poll dataExport for progress.',
  })
  async exportConsiderationTable(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ) {
    return this.review.requestConsiderationExport(await ctx.actor(), roundId, format);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly concept: ConceptService,
  ) {}

  @Mutation(() => ReviewComment, {
    description:
      'A reviewer comments on a passage of the version under review (or a whole section), perhaps proposing text.',
  })
  async addReviewComment(@Ctx() ctx: RequestContext, @Args('input') input: ReviewCommentInput) {
    return this.review.addComment(await ctx.actor(), input);
  }

  @Mutation(() => ReviewComment, { description: 'Abwägung: the coordination answers a comment (optimistic locking).' })
  async answerReviewComment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('disposition', { type: () => DispositionKind }) disposition: DispositionKind,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.review.answerComment(await ctx.actor(), id, version, disposition, reason ?? null);
  }

  @Mutation(() => ReviewComment, {
    description: 'Takes the proposed text into the working draft in place of its passage (coordinators).',
  })
  async applyReviewProposal(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.review.applyProposal(await ctx.actor(), id);
  }

  @ResolveField(() => String)
  async municipalityName(@Ctx() ctx: RequestContext, @Parent() comment: ReviewComment) {
    return municipalityNames(ctx, this.review).load(comment.municipalityId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The passage commented on, as it stood; null for the whole section.',
  })
  quote(@Parent() comment: ReviewComment) {
    return comment.anchor?.quote ?? null;
  }

  @ResolveField(() => PassagePosition, {
    description:
      "Where the passage stands in a version's section text (default: the round's version); found is false once the passage was changed.",
  })
  async passage(
    @Ctx() ctx: RequestContext,
    @Parent() comment: ReviewComment,
    @Args('versionId', { type: () => ID, nullable: true }) versionId?: string | null,
  ): Promise<PassagePosition> {
    if (!comment.anchor) return { found: true, start: null, end: null };
    const actor = await ctx.actor();
    const id = versionId ?? (await this.review.round(actor, comment.roundId)).versionId;
    const version = await ctx.loaders
      .get<string, DraftVersion>('concept.version', (ids) =>
        Promise.all(ids.map((v) => this.concept.version(actor, v))),
      )
      .load(id);
    const section = version.sections.find((s) => s.id === comment.sectionId);
    const at = section ? resolveAnchor(comment.anchor, plainTextOf(section.html)) : null;
    return at ? { found: true, ...at } : { found: false, start: null, end: null };
  }
}

@Resolver(() => ReviewStatement)
export class ReviewStatementResolver {
  constructor(private readonly review: ReviewService) {}

  @Mutation(() => ReviewStatement, {
    description: "The municipality's one formal statement in the round: approved, approved with remarks, or objection.",
  })
  async giveReviewStatement(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('kind', { type: () => StatementKind }) kind: StatementKind,
    @Args('text', { type: () => String, nullable: true }) text?: string | null,
  ) {
    return this.review.giveStatement(await ctx.actor(), roundId, kind, text ?? null);
  }

  @ResolveField(() => String)
  async municipalityName(@Ctx() ctx: RequestContext, @Parent() statement: ReviewStatement) {
    return municipalityNames(ctx, this.review).load(statement.municipalityId);
  }
}
