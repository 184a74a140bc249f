import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { ConceptDraft, ConceptSection, DraftVersion } from './concept.entity';
import { liveHtml } from './concept-render';
import { ConceptService } from './concept.service';
import { ConceptSectionInput, DraftComparison, NewConceptSectionInput, VersionSectionView } from './concept.types';
import { redlineHtml, redlineSummary } from './text';

/** Where the redline of two versions is downloaded as DOCX. */
export const comparisonDocxPath = (fromId: string, toId: string) => `/api/konzept/vergleich/${fromId}/${toId}.docx`;

@Resolver(() => ConceptDraft)
export class ConceptDraftResolver {
  constructor(private readonly concept: ConceptService) {}

  @Query(() => ConceptDraft, {
    nullable: true,
    description: 'The concept draft of a revision (everyone of it); null before one is created.',
  })
  async conceptDraft(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.concept.draftOf(await ctx.actor(), revisionId);
  }

  @Mutation(() => ConceptDraft, {
    description: 'Creates the draft from the template: the usual chapters and one per field of action (coordinators).',
  })
  async createConceptDraft(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('title', { type: () => String, nullable: true }) title?: string | null,
  ) {
    return this.concept.createDraft(await ctx.actor(), revisionId, title);
  }

  @ResolveField(() => [ConceptSection], { description: 'Every section; order them by parentId and position.' })
  async sections(@Ctx() ctx: RequestContext, @Parent() draft: ConceptDraft) {
    return this.concept.sections(await ctx.actor(), draft.id);
  }

  @ResolveField(() => [DraftVersion], { description: 'The frozen versions, newest first.' })
  async versions(@Ctx() ctx: RequestContext, @Parent() draft: ConceptDraft) {
    return this.concept.versions(await ctx.actor(), draft.id);
  }

  @Mutation(() => DraftVersion, {
    description: 'Freezes the draft as it stands into the next numbered version (coordinators).',
  })
  async freezeConceptVersion(
    @Ctx() ctx: RequestContext,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.concept.freezeVersion(await ctx.actor(), draftId, note);
  }

  @Mutation(() => ConceptSection, { description: 'Adds a chapter or sub-chapter of its own (coordinators).' })
  async addConceptSection(
    @Ctx() ctx: RequestContext,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('input') input: NewConceptSectionInput,
  ) {
    return this.concept.addSection(await ctx.actor(), draftId, input);
  }

  @Mutation(() => ConceptSection, {
    description: 'Changes a section’s title and text (coordinators; optimistic locking).',
  })
  async updateConceptSection(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ConceptSectionInput,
  ) {
    return this.concept.updateSection(await ctx.actor(), id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a chapter added by hand, with its sub-chapters (coordinators).' })
  async deleteConceptSection(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.concept.deleteSection(await ctx.actor(), id);
  }

  @Mutation(() => [ConceptSection], {
    description: 'Moves a section one place up (-1) or down (1) among its siblings.',
  })
  async moveConceptSection(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('direction', { type: () => Int }) direction: number,
  ) {
    return this.concept.moveSection(await ctx.actor(), id, direction < 0 ? -1 : 1);
  }

  @Query(() => DraftVersion, { description: 'A frozen version (everyone of the revision).' })
  async draftVersion(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.concept.version(await ctx.actor(), id);
  }

  @Query(() => DraftComparison, { description: 'Two versions of a draft as a redline, from `fromId` to `toId`.' })
  async compareDraftVersions(
    @Ctx() ctx: RequestContext,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
  ): Promise<DraftComparison> {
    const { from, to, sections } = await this.concept.compare(await ctx.actor(), fromId, toId);
    return {
      from,
      to,
      sections,
      html: redlineHtml(sections, { headingOffset: 1 }),
      ...redlineSummary(sections),
      docxUrl: comparisonDocxPath(from.id, to.id),
    };
  }
}

@Resolver(() => ConceptSection)
export class ConceptSectionResolver {
  constructor(private readonly concept: ConceptService) {}

  @ResolveField(() => String, {
    description: 'What the section shows below its text, live from the revision: goals and agreed recommendations.',
  })
  async liveHtml(@Ctx() ctx: RequestContext, @Parent() section: ConceptSection): Promise<string> {
    const live = await ctx.loaders
      .get<string, Awaited<ReturnType<ConceptService['liveContent']>>[number]>('concept.live', (ids) =>
        this.concept.liveContent(ids),
      )
      .load(section.draftId);
    return liveHtml(section, live);
  }
}

@Resolver(() => DraftVersion)
export class DraftVersionResolver {
  @ResolveField(() => [VersionSectionView], { description: 'Every section in reading order.' })
  sections(@Parent() version: DraftVersion): VersionSectionView[] {
    return version.sections;
  }
}
