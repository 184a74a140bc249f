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
} from '@nestjs/graphql';
import { OfferKind } from '@konzeptwerk/contracts';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { EvidenceLink } from '@konzeptwerk/recommendations';
import { Need, Network, Offer } from './inventory.entity';
import { OffersService } from './offers.service';

@InputType()
export class OfferInput {
  @Field(() => ID, { description: 'The providing organisation.' })
  organisationId: string;

  @Field(() => OfferKind)
  kind: OfferKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { description: 'Where it is offered; none for the whole region.' })
  municipalityIds: string[];

  @Field(() => [ID])
  fieldOfActionIds: string[];

  @Field(() => [ID])
  targetGroupIds: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes; ls for Leichte Sprache, dgs for sign language.' })
  languages: string[];

  @Field(() => String, { nullable: true })
  accessibility?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@InputType()
export class NetworkInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID])
  memberOrganisationIds: string[];

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}

@InputType()
export class NeedInput {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType()
export class WegweiserFilterInput {
  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  fieldOfActionId?: string | null;

  @Field(() => ID, { nullable: true })
  targetGroupId?: string | null;

  @Field(() => String, { nullable: true, description: 'An ISO 639-1 code (ls, dgs).' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@ObjectType({ description: 'An offer as the public Wegweiser shows it.' })
export class PublicOfferView {
  @Field(() => ID)
  id: string;

  @Field(() => OfferKind)
  kind: OfferKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  provider: string;

  @Field(() => [String])
  municipalities: string[];

  @Field(() => [String])
  fieldsOfAction: string[];

  @Field(() => [String])
  targetGroups: string[];

  @Field(() => [String])
  languages: string[];

  @Field(() => String, { nullable: true })
  accessibility: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => GraphQLISODateTime)
  confirmedAt: Date;
}

@ObjectType({ description: 'How many offers a field of action has in a municipality.' })
export class GapCellView {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => Int)
  offers: number;
}

@Resolver(() => Offer)
export class OffersResolver {
  constructor(private readonly service: OffersService) {}

  @Query(() => [Offer], { description: "The revision's offers (everyone of it)." })
  async offers(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.offers(await ctx.actor(), revisionId);
  }

  @Mutation(() => Offer, {
    description:
      'Creates (no id) or changes (id, version) an offer: coordinators, or members of the providing organisation.',
  })
  async saveOffer(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: OfferInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ) {
    return this.service.saveOffer(await ctx.actor(), revisionId, input, id, version);
  }

  @Mutation(() => Offer, { description: 'Confirms that an offer is still right (its provider or the coordination).' })
  async confirmOffer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.confirmOffer(await ctx.actor(), id);
  }

  @Mutation(() => Boolean, { description: 'Removes an offer (its provider or the coordination).' })
  async deleteOffer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteOffer(await ctx.actor(), id);
  }

  @Query(() => [Network])
  async networks(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.networks(await ctx.actor(), revisionId);
  }

  @Mutation(() => Network, { description: 'Creates (no id) or changes (id, version) a network (coordinators).' })
  async saveNetwork(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: NetworkInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ) {
    return this.service.saveNetwork(await ctx.actor(), revisionId, input, id, version);
  }

  @Mutation(() => Boolean, { description: 'Removes a network (coordinators).' })
  async deleteNetwork(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteNetwork(await ctx.actor(), id);
  }

  @Mutation(() => Boolean, { description: 'Removes a need (coordinators).' })
  async deleteNeed(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteNeed(await ctx.actor(), id);
  }

  @Query(() => [Need])
  async needs(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.needs(await ctx.actor(), revisionId);
  }

  @Mutation(() => Need, { description: 'Creates (no id) or changes (id, version) a need (coordinators).' })
  async saveNeed(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: NeedInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ) {
    return this.service.saveNeed(await ctx.actor(), revisionId, input, id, version);
  }

  @Mutation(() => EvidenceLink, {
    description: 'Links a need as evidence of a recommendation (who may add evidence to it).',
  })
  async linkNeedToRecommendation(
    @Ctx() ctx: RequestContext,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
  ) {
    return this.service.linkNeed(await ctx.actor(), needId, recommendationId);
  }

  @Query(() => [GapCellView], {
    description:
      'Offers per field of action × municipality (every pair, empty ones too), optionally for one target group.',
  })
  async offerGaps(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('targetGroupId', { type: () => ID, nullable: true }) targetGroupId?: string | null,
  ) {
    return this.service.gaps(await ctx.actor(), revisionId, targetGroupId);
  }

  @Query(() => [PublicOfferView], {
    description:
      'The public Wegweiser Integration of a revision (no sign-in): offers filtered by place, field, target group, language, words.',
  })
  wegweiser(
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('filter', { type: () => WegweiserFilterInput, nullable: true }) filter?: WegweiserFilterInput | null,
  ) {
    return this.service.wegweiser(revisionId, filter ?? {});
  }
}
