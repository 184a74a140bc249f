import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IntervieweeCategory } from '@konzeptwerk/contracts';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { EvidenceLink } from '@konzeptwerk/recommendations';
import { FindingsService, type FindingWithSources } from './findings.service';
import { Finding, FindingSource, Interview } from './survey.entity';

@InputType()
export class InterviewInput {
  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  heldOn: string;

  @Field(() => IntervieweeCategory)
  category: IntervieweeCategory;

  @Field({ description: 'E.g. “I-07”; never a name or an address.' })
  pseudonym: string;

  @Field({ description: 'Must be true: without consent no interview is recorded.' })
  consentGiven: boolean;

  @Field({ description: 'The version of the consent text, e.g. “2026-09”.' })
  consentTextVersion: string;

  @Field()
  notes: string;

  @Field(() => [ID])
  fieldOfActionIds: string[];

  @Field(() => [ID])
  targetGroupIds: string[];
}

@InputType()
export class FindingInput {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [ID])
  targetGroupIds: string[];
}

/** Flanking interviews (coordinators) and findings (read by everyone of the revision, kept by the coordinators). */
@Resolver(() => Finding)
export class FindingsResolver {
  constructor(private readonly service: FindingsService) {}

  @Query(() => [Interview], { description: 'The revision’s interviews (coordinators).' })
  async interviews(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.interviews(await ctx.actor(), revisionId);
  }

  @Query(() => [Finding], {
    description: 'The revision’s findings, optionally of one field of action (everyone of it).',
  })
  async findings(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('fieldOfActionId', { type: () => ID, nullable: true }) fieldOfActionId?: string | null,
  ) {
    return this.service.findings(await ctx.actor(), revisionId, fieldOfActionId);
  }

  @ResolveField(() => [FindingSource], { description: 'The answers and interview passages it rests on.' })
  async sources(@Parent() finding: FindingWithSources) {
    return finding.sources ?? (await this.service.sourcesOf([finding.id])).get(finding.id) ?? [];
  }

  @Mutation(() => Interview, { description: 'Records an interview (no id) or changes one (id and version).' })
  async saveInterview(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: InterviewInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ) {
    return this.service.saveInterview(await ctx.actor(), revisionId, input, id, version);
  }

  @Mutation(() => Boolean)
  async deleteInterview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteInterview(await ctx.actor(), id);
  }

  @Mutation(() => Finding, { description: 'Creates a finding (no id) or changes one (id and version).' })
  async saveFinding(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: FindingInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ) {
    return this.service.saveFinding(await ctx.actor(), revisionId, input, id, version);
  }

  @Mutation(() => Boolean)
  async deleteFinding(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteFinding(await ctx.actor(), id);
  }

  @Mutation(() => FindingSource, {
    description:
      'Adds a submitted survey answer (responseId and questionId; its text unless an excerpt of it is given) or an interview passage (interviewId and excerpt) as a source.',
  })
  async addFindingSource(
    @Ctx() ctx: RequestContext,
    @Args('findingId', { type: () => ID }) findingId: string,
    @Args('responseId', { type: () => ID, nullable: true }) responseId?: string | null,
    @Args('questionId', { type: () => ID, nullable: true }) questionId?: string | null,
    @Args('interviewId', { type: () => ID, nullable: true }) interviewId?: string | null,
    @Args('excerpt', { type: () => String, nullable: true }) excerpt?: string | null,
  ) {
    return this.service.addSource(await ctx.actor(), findingId, { responseId, questionId, interviewId, excerpt });
  }

  @Mutation(() => Boolean)
  async removeFindingSource(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.removeSource(await ctx.actor(), id);
  }

  @Mutation(() => EvidenceLink, {
    description: 'Cites a finding as evidence of a recommendation of the same revision (who may add evidence to it).',
  })
  async linkFinding(
    @Ctx() ctx: RequestContext,
    @Args('findingId', { type: () => ID }) findingId: string,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
  ) {
    return this.service.linkFinding(await ctx.actor(), findingId, recommendationId);
  }
}
