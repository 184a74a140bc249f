import { publicUrl } from '@konzeptwerk/identity';
import { Inject } from '@nestjs/common';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import type { Request } from 'express';
import { ContributionKind, DOTS_PER_PERSON } from '@konzeptwerk/contracts';
import { Ctx, LIVE_BUS, type LiveBus, mapLiveEvents, type RequestContext } from '@konzeptwerk/platform';
import { Recommendation } from '@konzeptwerk/recommendations';
import { boardTopic, BoardService, voterKey, type BoardEvent, type BoardViewer } from './board.service';
import { WorkshopContribution } from './conference.entity';

export const GUEST_COOKIE = 'kw_guest';

/** The guest token from its cookie; cookie-parser reads it on HTTP requests and on the websocket's upgrade request. */
export function guestTokenOf(req: Request | undefined): string | undefined {
  return (req as (Request & { cookies?: Record<string, string> }) | undefined)?.cookies?.[GUEST_COOKIE];
}

@ObjectType()
export class BoardCard {
  @Field(() => ID)
  id: string;

  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  cluster: string | null;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field({ description: "Written by the viewer (from this account or this guest's phone)." })
  mine: boolean;

  @Field(() => Int)
  votes: number;

  @Field()
  votedByMe: boolean;

  @Field(() => ID, { nullable: true })
  recommendationId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class BoardViewerView {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  guest: boolean;

  @Field()
  moderator: boolean;

  @Field(() => Int)
  dotsLeft: number;
}

@ObjectType()
export class WorkshopBoard {
  @Field(() => ID)
  sessionId: string;

  @Field()
  title: string;

  @Field()
  room: string;

  @Field()
  joinCode: string;

  @Field({ description: 'The address a QR code on the flip chart leads to.' })
  joinUrl: string;

  @Field(() => [BoardCard])
  cards: BoardCard[];

  @Field(() => BoardViewerView)
  viewer: BoardViewerView;
}

@ObjectType()
export class BoardEventView {
  @Field({
    description:
      'READY (first, once the subscription is in place: fetch the board then), ADDED, UPDATED, VOTED, or HIDDEN (a card a moderator hid, for those who do not moderate).',
  })
  type: string;

  @Field(() => ID)
  contributionId: string;

  @Field(() => BoardCard, { nullable: true })
  card: BoardCard | null;
}

@ObjectType()
export class WorkshopJoin {
  @Field(() => ID)
  sessionId: string;

  @Field()
  title: string;
}

@InputType()
export class AddContributionInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field()
  text: string;

  @Field({ description: 'Chosen by the client per card; a retry sends the same key.' })
  idempotencyKey: string;
}

@InputType()
export class EditContributionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  text?: string;

  @Field(() => ContributionKind, { nullable: true })
  kind?: ContributionKind;

  @Field(() => String, { nullable: true, description: 'Empty text takes the card out of its cluster.' })
  cluster?: string;

  @Field({ nullable: true })
  hidden?: boolean;
}

export const joinPath = (code: string) => `/workshop/${code}`;

@Resolver(() => WorkshopBoard)
export class BoardResolver {
  constructor(
    private readonly boards: BoardService,
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
  ) {}

  @Mutation(() => WorkshopJoin, { description: 'Joins a workshop board with its code, without an account.' })
  async joinWorkshop(
    @Ctx() ctx: RequestContext,
    @Args('code') code: string,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
  ) {
    const { token, session } = await this.boards.join(code, name);
    ctx.res.cookie(GUEST_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.COOKIE_SECURE === 'true' || publicUrl().startsWith('https://'),
      path: '/',
      maxAge: 2 * 86_400_000,
    });
    return { sessionId: session.id, title: session.title };
  }

  @Query(() => WorkshopBoard, {
    description: 'The board of a workshop: members of the revision and guests who joined.',
  })
  async workshopBoard(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string) {
    const { viewer, session, contributions } = await this.boards.board(
      await ctx.actor(),
      sessionId,
      guestTokenOf(ctx.req),
    );
    const cards = await this.cards(contributions, viewer);
    return {
      sessionId: session.id,
      title: session.title,
      room: session.room,
      joinCode: session.joinCode,
      joinUrl: publicUrl() + joinPath(session.joinCode),
      cards,
      viewer: {
        name: viewer.name,
        guest: viewer.kind === 'guest',
        moderator: viewer.kind === 'member' && viewer.moderator,
        dotsLeft: Math.max(0, DOTS_PER_PERSON - (await this.boards.dotsUsed(session.id, voterKey(viewer)))),
      },
    };
  }

  @Mutation(() => BoardCard, {
    description: 'Adds a challenge or a solution approach; a retry with the same key adds nothing.',
  })
  async addWorkshopContribution(@Ctx() ctx: RequestContext, @Args('input') input: AddContributionInput) {
    const actor = await ctx.actor();
    const token = guestTokenOf(ctx.req);
    const card = await this.boards.add(actor, token, input);
    return this.cardFor(ctx, card);
  }

  @Mutation(() => BoardCard, { description: `Gives (or takes back) a dot; ${DOTS_PER_PERSON} per person and board.` })
  async voteContribution(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { defaultValue: true }) on: boolean,
  ) {
    const card = await this.boards.vote(await ctx.actor(), guestTokenOf(ctx.req), id, on);
    return this.cardFor(ctx, card);
  }

  @Mutation(() => BoardCard, { description: 'Moderators edit, cluster and hide cards.' })
  async editContribution(@Ctx() ctx: RequestContext, @Args('input') input: EditContributionInput) {
    const card = await this.boards.edit(await ctx.actor(), input);
    return this.cardFor(ctx, card);
  }

  @Mutation(() => Recommendation, {
    description: 'Makes a recommendation draft of a solution approach, linked in its evidence trail.',
  })
  async contributionToRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('fieldOfActionId', { type: () => ID, nullable: true }) fieldOfActionId: string | null,
  ) {
    return this.boards.toRecommendation(await ctx.actor(), id, fieldOfActionId);
  }

  @Subscription(() => BoardEventView, {
    description: 'Changes on a workshop board as they happen, from every API instance.',
    resolve: (value: BoardEventView) => value,
  })
  async workshopBoardEvents(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string) {
    const actor = await ctx.actor();
    const token = guestTokenOf(ctx.req);
    const { viewer } = await this.boards.viewer(this.boards.manager(), actor, sessionId, token);
    const subscription = this.bus.subscribe(boardTopic(sessionId));
    await subscription.ready;
    const moderator = viewer.kind === 'member' && viewer.moderator;
    // mapLiveEvents ends the backend subscription as soon as the client leaves (a generator would wait for one more event).
    return mapLiveEvents(
      subscription,
      async (raw): Promise<BoardEventView | null> => {
        const event = raw as BoardEvent;
        const contribution = await this.boards.contribution(event.contributionId);
        if (!contribution) return null;
        if (contribution.hidden && !moderator) return { type: 'HIDDEN', contributionId: contribution.id, card: null };
        const [card] = await this.cards([contribution], viewer);
        return { type: event.type, contributionId: contribution.id, card };
      },
      [
        // The first event says the subscription is in place: a client (re)connecting fetches the board then, and misses nothing.
        { type: 'READY', contributionId: sessionId, card: null },
      ],
    );
  }

  private async cardFor(ctx: RequestContext, contribution: WorkshopContribution): Promise<BoardCard> {
    const { viewer } = await this.boards.viewer(
      this.boards.manager(),
      await ctx.actor(),
      contribution.sessionId,
      guestTokenOf(ctx.req),
    );
    return (await this.cards([contribution], viewer))[0];
  }

  private async cards(contributions: WorkshopContribution[], viewer: BoardViewer): Promise<BoardCard[]> {
    const votes = await this.boards.votes(
      contributions.map((c) => c.id),
      voterKey(viewer),
    );
    return contributions.map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      cluster: c.cluster,
      hidden: c.hidden,
      authorName: c.authorName,
      mine: viewer.kind === 'member' ? c.authorAccountId === viewer.accountId : c.guestId === viewer.guestId,
      votes: votes.get(c.id)?.votes ?? 0,
      votedByMe: votes.get(c.id)?.mine ?? false,
      recommendationId: c.recommendationId,
      createdAt: c.createdAt,
      version: c.version,
    }));
  }
}
