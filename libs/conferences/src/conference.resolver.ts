import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegistrationStatus } from '@konzeptwerk/contracts';
import { Person } from '@konzeptwerk/recommendations';
import { Ctx, groupBy, indexBy, type RequestContext } from '@konzeptwerk/platform';
import { DataSource } from 'typeorm';
import { Conference, ConferencePrivacyText, Registration, WorkshopSession } from './conference.entity';
import { AssignmentService } from './assignment.service';
import { ConferenceService } from './conference.service';
import {
  AssignmentReport,
  CancellationResult,
  CreateConferenceInput,
  PublicConference,
  RegisterInput,
  RegistrationCounts,
  RegistrationResult,
  UpdateConferenceInput,
  WorkshopPlace,
  WorkshopSessionInput,
} from './conference.types';

@Resolver(() => Conference)
export class ConferenceResolver {
  constructor(private readonly service: ConferenceService) {}

  @Query(() => [Conference], { description: 'Conferences of a revision (everyone who may see the revision).' })
  async conferences(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.conferences(await ctx.actor(), revisionId);
  }

  @Query(() => Conference)
  async conference(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return (await this.service.get(await ctx.actor(), id)).conference;
  }

  @Query(() => PublicConference, { description: 'The public registration page of a conference; no sign-in needed.' })
  async publicConference(@Args('id', { type: () => ID }) id: string) {
    return this.service.publicConference(id);
  }

  @Mutation(() => Conference, { description: 'Plans a conference of the revision (coordinators).' })
  async createConference(@Ctx() ctx: RequestContext, @Args('input') input: CreateConferenceInput) {
    return this.service.createConference(await ctx.actor(), input);
  }

  @Mutation(() => Conference, { description: 'Changes it; more places move people up from the waiting list.' })
  async updateConference(@Ctx() ctx: RequestContext, @Args('input') input: UpdateConferenceInput) {
    return this.service.updateConference(await ctx.actor(), input);
  }

  @Mutation(() => ConferencePrivacyText, { description: 'A new version of the privacy notice (coordinators).' })
  async setConferencePrivacyText(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
    @Args('textDe') textDe: string,
    @Args('textEn') textEn: string,
  ) {
    return this.service.setPrivacyText(await ctx.actor(), conferenceId, textDe, textEn);
  }

  @Mutation(() => WorkshopSession, { description: 'Adds a workshop to the conference (coordinators).' })
  async addWorkshop(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
    @Args('input') input: WorkshopSessionInput,
  ) {
    return this.service.addWorkshop(await ctx.actor(), conferenceId, input);
  }

  @Mutation(() => WorkshopSession, { description: 'Changes a workshop (optimistic locking).' })
  async updateWorkshop(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: WorkshopSessionInput,
  ) {
    return this.service.updateWorkshop(await ctx.actor(), id, version, input);
  }

  @Mutation(() => RegistrationResult, {
    description: 'Registers for a conference without an account; the confirmation goes out by e-mail.',
  })
  async register(@Ctx() ctx: RequestContext, @Args('input') input: RegisterInput) {
    return this.service.register(input, ctx.req.ip ?? 'unknown', ctx.locale);
  }

  @Mutation(() => CancellationResult, { description: 'Cancels a registration with the token from its e-mail.' })
  async cancelRegistration(@Args('token') token: string) {
    return this.service.cancelByToken(token);
  }

  @Mutation(() => Registration, { description: "Cancels someone's registration (coordinators)." })
  async cancelRegistrationById(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.cancelRegistrationById(await ctx.actor(), id);
  }

  @Query(() => [Registration], { description: 'Registrations with contact data (coordinators of the region).' })
  async registrations(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status: RegistrationStatus | null,
  ) {
    return this.service.registrations(await ctx.actor(), conferenceId, status);
  }

  @ResolveField(() => [WorkshopSession])
  async workshops(@Ctx() ctx: RequestContext, @Parent() c: Conference) {
    return ctx.loaders
      .get<string, WorkshopSession[]>('conference.workshops', async (ids) =>
        groupBy(ids, await this.service.workshops(ids), (w) => w.conferenceId),
      )
      .load(c.id);
  }

  @ResolveField(() => ConferencePrivacyText, { description: 'The current version of the privacy notice.' })
  async privacyText(@Ctx() ctx: RequestContext, @Parent() c: Conference) {
    return ctx.loaders
      .get<string, ConferencePrivacyText | null>('conference.privacyText', async (ids) =>
        indexBy(ids, await this.service.currentPrivacyTexts(ids), (t) => t.conferenceId),
      )
      .load(c.id);
  }

  @ResolveField(() => RegistrationCounts)
  async registrationCounts(@Ctx() ctx: RequestContext, @Parent() c: Conference) {
    return ctx.loaders
      .get<string, RegistrationCounts>('conference.counts', async (ids) => {
        const counts = await this.service.counts(ids);
        return ids.map((id) => counts.get(id)!);
      })
      .load(c.id);
  }
}

@Resolver(() => WorkshopSession)
export class WorkshopSessionResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [Person])
  async moderators(@Ctx() ctx: RequestContext, @Parent() w: WorkshopSession): Promise<Person[]> {
    return ctx.loaders
      .get<string, Person[]>('workshop.moderators', async (ids) => {
        const rows = (await this.db.query(
          `SELECT m.session_id, a.id, a.display_name FROM workshop_moderator m JOIN account a ON a.id = m.account_id
            WHERE m.session_id = ANY($1) ORDER BY a.display_name, a.id`,
          [[...ids]],
        )) as { session_id: string; id: string; display_name: string }[];
        return groupBy(ids, rows, (r) => r.session_id).map((list) =>
          list.map((r) => ({ id: r.id, displayName: r.display_name })),
        );
      })
      .load(w.id);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  constructor(private readonly service: ConferenceService) {}

  @ResolveField(() => [ID], { description: 'Workshop wishes, first choice first.' })
  async preferences(@Ctx() ctx: RequestContext, @Parent() r: Registration): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>('registration.preferences', async (ids) =>
        groupBy(ids, await this.service.preferencesOf(ids), (p) => p.registrationId).map((list) =>
          list.map((p) => p.sessionId),
        ),
      )
      .load(r.id);
  }
}

@Resolver(() => WorkshopPlace)
export class WorkshopAssignmentResolver {
  constructor(private readonly assignments: AssignmentService) {}

  @Mutation(() => AssignmentReport, {
    description:
      'Assigns the confirmed registrations to workshops: capacities hold, as many as possible get a wish, then their first wish… Places fixed by hand stay (coordinators).',
  })
  async assignWorkshops(@Ctx() ctx: RequestContext, @Args('conferenceId', { type: () => ID }) conferenceId: string) {
    return this.assignments.assign(await ctx.actor(), conferenceId);
  }

  @Query(() => AssignmentReport, { description: 'How the wishes came out, as the places stand now (coordinators).' })
  async assignmentReport(@Ctx() ctx: RequestContext, @Args('conferenceId', { type: () => ID }) conferenceId: string) {
    return this.assignments.report(await ctx.actor(), conferenceId);
  }

  @Query(() => [WorkshopPlace], { description: 'The participant lists of all workshops (coordinators).' })
  async workshopPlaces(@Ctx() ctx: RequestContext, @Args('conferenceId', { type: () => ID }) conferenceId: string) {
    return this.assignments.places(await ctx.actor(), conferenceId);
  }

  @Mutation(() => WorkshopPlace, { description: 'Fixes a place by hand; another place in the same slot goes.' })
  async setWorkshopPlace(
    @Ctx() ctx: RequestContext,
    @Args('registrationId', { type: () => ID }) registrationId: string,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ) {
    return this.assignments.setPlace(await ctx.actor(), registrationId, sessionId);
  }

  @Mutation(() => Boolean, { description: 'Takes a person out of a workshop.' })
  async clearWorkshopPlace(
    @Ctx() ctx: RequestContext,
    @Args('registrationId', { type: () => ID }) registrationId: string,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ) {
    return this.assignments.clearPlace(await ctx.actor(), registrationId, sessionId);
  }

  @Mutation(() => Registration, { description: 'Check-in on the day, or its undoing (coordinators).' })
  async checkIn(
    @Ctx() ctx: RequestContext,
    @Args('registrationId', { type: () => ID }) registrationId: string,
    @Args('present', { defaultValue: true }) present: boolean,
  ) {
    return this.assignments.checkIn(await ctx.actor(), registrationId, present);
  }
}
