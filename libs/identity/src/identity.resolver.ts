import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { AuthService, type SignedIn } from './auth.service';
import { Invitation } from './identity.entities';
import { AcceptInvitationInput, InvitationPreview, InviteMemberInput, Member, Viewer } from './identity.types';
import { InvitationService } from './invitation.service';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    const actor = await ctx.actor();
    if (!actor.userId) return null;
    return {
      account: await this.auth.account(actor.userId),
      coordinatorRegionIds: [...actor.coordinatorRegionIds],
      memberships: [...actor.memberships],
    };
  }

  @Mutation(() => Viewer)
  async signIn(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<Viewer> {
    const signedIn = await this.auth.signIn(email, password, ctx.req.ip ?? 'unknown');
    return this.startSession(ctx, signedIn);
  }

  @Mutation(() => Boolean)
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(readSessionToken(ctx.req));
    clearSessionCookie(ctx.res);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sends a reset link if the address has an account; always answers true.' })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.auth.requestPasswordReset(email);
  }

  @Mutation(() => Viewer)
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<Viewer> {
    return this.startSession(ctx, await this.auth.resetPassword(token, password));
  }

  @Query(() => InvitationPreview)
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Mutation(() => Viewer)
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<Viewer> {
    return this.startSession(ctx, await this.invitations.accept(input.token, input.displayName, input.password));
  }

  @Mutation(() => Invitation)
  async inviteCoordinator(
    @Ctx() ctx: RequestContext,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('email') email: string,
  ): Promise<Invitation> {
    return this.invitations.inviteCoordinator(await ctx.actor(), regionId, email);
  }

  @Mutation(() => Invitation)
  async inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.invitations.inviteMember(await ctx.actor(), input);
  }

  @Mutation(() => Invitation)
  async revokeInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return this.invitations.revoke(await ctx.actor(), id);
  }

  @Query(() => [Invitation], { name: 'invitations', description: 'Open invitations of a revision (coordinators).' })
  async openInvitations(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
  ): Promise<Invitation[]> {
    return this.invitations.invitationsOfRevision(await ctx.actor(), revisionId);
  }

  @Query(() => [Member], { description: 'Members of a revision with their roles (coordinators).' })
  async members(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
  ): Promise<Member[]> {
    const rows = await this.invitations.membersOfRevision(await ctx.actor(), revisionId);
    return rows.map((m) => ({
      id: m.id,
      accountId: m.accountId,
      displayName: m.account!.displayName,
      email: m.account!.email,
      role: m.role,
      municipalityName: m.municipality?.name ?? null,
      organisationName: m.organisation?.name ?? null,
      since: m.createdAt,
    }));
  }

  @Mutation(() => Boolean)
  async removeMember(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.invitations.removeMembership(await ctx.actor(), id);
  }

  private async startSession(ctx: RequestContext, signedIn: SignedIn): Promise<Viewer> {
    setSessionCookie(ctx.res, signedIn.token, signedIn.expiresAt);
    const actor = await this.auth.actorForToken(signedIn.token);
    return {
      account: signedIn.account,
      coordinatorRegionIds: [...actor.coordinatorRegionIds],
      memberships: [...actor.memberships],
    };
  }
}
