import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AdoptionResult, ExportFormat } from '@konzeptwerk/contracts';
import { Ctx, DataExport, richTextToPlain, type RequestContext } from '@konzeptwerk/platform';
import { ConceptPublication, DraftVersion, type PublishedRecommendation } from './concept.entity';
import { ConceptService } from './concept.service';
import { VersionSectionView } from './concept.types';
import { PublicationService } from './publication.service';

/** Where a published concept's document is downloaded, without signing in. */
export const publicDocumentPath = (revisionId: string, format: ExportFormat) =>
  `/api/oeffentlich/konzepte/${revisionId}/${format.toLowerCase()}`;

@InputType()
export class AdoptionInput {
  @Field({ description: 'The body that decided, e.g. Kreistag.' })
  body: string;

  @Field({ description: 'The day of the resolution, YYYY-MM-DD.' })
  date: string;

  @Field({ description: 'The reference (Drucksache).' })
  reference: string;

  @Field(() => AdoptionResult)
  result: AdoptionResult;
}

@ObjectType()
export class PublicFieldOfAction {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;
}

@ObjectType()
export class PublicTargetGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A recommendation of the published concept, as it was made final.' })
export class PublicRecommendation {
  @Field()
  reference: string;

  @Field()
  title: string;

  @Field(() => PublicFieldOfAction)
  fieldOfAction: PublicFieldOfAction;

  @Field(() => [PublicTargetGroup])
  targetGroups: PublicTargetGroup[];

  @Field(() => [String], { nullable: true, description: 'Null when it concerns every municipality.' })
  municipalities: string[] | null;

  @Field({ description: 'Sanitized HTML.' })
  rationale: string;

  @Field(() => String, { nullable: true })
  timeHorizon: string | null;

  @Field(() => String, { nullable: true })
  resources: string | null;

  @Field(() => String, { nullable: true })
  indicators: string | null;
}

@ObjectType()
export class PublicDocument {
  @Field(() => ExportFormat)
  format: ExportFormat;

  @Field()
  url: string;

  @Field()
  fileName: string;

  @Field(() => Int)
  byteSize: number;
}

@ObjectType()
export class PublishedConceptSummary {
  @Field(() => ID)
  revisionId: string;

  @Field()
  title: string;

  @Field()
  regionName: string;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;
}

@ObjectType({ description: 'The adopted and published concept, readable without signing in.' })
export class PublishedConcept extends PublishedConceptSummary {
  @Field(() => Int)
  versionNumber: number;

  @Field(() => String, { nullable: true })
  adoptionBody: string | null;

  @Field(() => String, { nullable: true })
  adoptionDate: string | null;

  @Field(() => String, { nullable: true })
  adoptionReference: string | null;

  @Field(() => AdoptionResult, { nullable: true })
  adoptionResult: AdoptionResult | null;

  @Field(() => [VersionSectionView])
  sections: VersionSectionView[];

  @Field(() => [PublicFieldOfAction])
  fieldsOfAction: PublicFieldOfAction[];

  @Field(() => [PublicTargetGroup])
  targetGroups: PublicTargetGroup[];

  /** Not a field: the recommendations, filtered by the resolver. */
  all: PublishedRecommendation[];
}

@Resolver(() => ConceptPublication)
export class ConceptPublicationResolver {
  constructor(
    private readonly publications: PublicationService,
    private readonly concept: ConceptService,
  ) {}

  @Query(() => ConceptPublication, {
    nullable: true,
    description:
      'The final version, resolution and publication of a revision (everyone of it); null before one is made final.',
  })
  async conceptPublication(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.publications.publication(await ctx.actor(), revisionId);
  }

  @Mutation(() => ConceptPublication, {
    description:
      'Makes a version final (coordinators). Open review rounds need an override reason (ROUNDS_OPEN otherwise); the agreed recommendations are taken as they stand.',
  })
  async finaliseConceptVersion(
    @Ctx() ctx: RequestContext,
    @Args('versionId', { type: () => ID }) versionId: string,
    @Args('overrideReason', { type: () => String, nullable: true }) overrideReason?: string | null,
  ) {
    return this.publications.finalise(await ctx.actor(), versionId, overrideReason ?? null);
  }

  @Mutation(() => ConceptPublication, {
    description: "Records the body's resolution on the final version (coordinators).",
  })
  async recordConceptAdoption(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AdoptionInput,
  ) {
    return this.publications.recordAdoption(await ctx.actor(), id, version, input);
  }

  @Mutation(() => ConceptPublication, {
    description: 'Publishes the adopted concept and starts building its PDF, DOCX, JSON and CSV (coordinators).',
  })
  async publishConcept(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.publications.publish(await ctx.actor(), id, version);
  }

  @Mutation(() => [DataExport], {
    description: 'Builds the documents of the final version that are missing or failed (coordinators).',
  })
  async buildConceptDocuments(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.publications.requestDocuments(await ctx.actor(), id);
  }

  @ResolveField(() => DraftVersion)
  async draftVersion(@Ctx() ctx: RequestContext, @Parent() publication: ConceptPublication) {
    return this.concept.version(await ctx.actor(), publication.versionId);
  }

  @ResolveField(() => Int, { description: 'How many agreed recommendations the final version carries.' })
  recommendationCount(@Parent() publication: ConceptPublication) {
    return publication.recommendations.length;
  }

  @ResolveField(() => [DataExport], {
    description: "The final version's documents with their progress (coordinators).",
  })
  async documents(@Ctx() ctx: RequestContext, @Parent() publication: ConceptPublication) {
    return this.publications.documents(await ctx.actor(), publication.id);
  }
}

@Resolver(() => PublishedConcept)
export class PublishedConceptResolver {
  constructor(private readonly publications: PublicationService) {}

  @Query(() => [PublishedConceptSummary], { description: 'Every published concept (public).' })
  publishedConcepts() {
    return this.publications.publishedConcepts();
  }

  @Query(() => PublishedConcept, { description: 'A published concept (public); NOT_FOUND for anything not published.' })
  async publishedConcept(@Args('revisionId', { type: () => ID }) revisionId: string): Promise<PublishedConcept> {
    const { publication, version, title, regionName } = await this.publications.publishedConcept(revisionId);
    const all = publication.recommendations;
    const fields = new Map(all.map((r) => [r.fieldOfAction.id, r.fieldOfAction]));
    const groups = new Map(all.flatMap((r) => r.targetGroups).map((g) => [g.id, g]));
    return {
      revisionId: publication.revisionId,
      title,
      regionName,
      publishedAt: publication.publishedAt!,
      versionNumber: version.number,
      adoptionBody: publication.adoptionBody,
      adoptionDate: publication.adoptionDate,
      adoptionReference: publication.adoptionReference,
      adoptionResult: publication.adoptionResult,
      sections: version.sections,
      fieldsOfAction: [...fields.values()],
      targetGroups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'de')),
      all,
    };
  }

  @ResolveField(() => [PublicRecommendation], {
    description: 'Its recommendations, filtered by field, target group and words.',
  })
  recommendations(
    @Parent() concept: PublishedConcept,
    @Args('fieldOfActionId', { type: () => ID, nullable: true }) fieldOfActionId?: string | null,
    @Args('targetGroupId', { type: () => ID, nullable: true }) targetGroupId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): PublishedRecommendation[] {
    const words = (search ?? '').toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
    return concept.all.filter(
      (r) =>
        (!fieldOfActionId || r.fieldOfAction.id === fieldOfActionId) &&
        (!targetGroupId || r.targetGroups.some((g) => g.id === targetGroupId)) &&
        words.every((w) =>
          `${r.reference} ${r.title} ${richTextToPlain(r.rationale)}`.toLocaleLowerCase('de').includes(w),
        ),
    );
  }

  @ResolveField(() => [PublicDocument], { description: 'Its documents that are ready, one per format.' })
  async documents(@Parent() concept: PublishedConcept): Promise<PublicDocument[]> {
    return (await this.publications.publicDocuments(concept.revisionId)).map((d) => ({
      format: d.format,
      url: publicDocumentPath(concept.revisionId, d.format),
      fileName: d.fileName!,
      byteSize: d.byteSize!,
    }));
  }
}
