import {
  Args,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { Indicator, IndicatorValue } from './inventory.entity';
import { InventoryService } from './inventory.service';

@InputType()
export class IndicatorInput {
  @Field()
  name: string;

  @Field({ description: 'E.g. Personen, %, Euro.' })
  unit: string;

  @Field({ description: 'E.g. IT.NRW, Zensus 2022.' })
  source: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Show its latest figures in the concept’s chapter “Daten und Fakten”.',
  })
  inConcept?: boolean | null;
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  constructor(private readonly inventory: InventoryService) {}

  @Query(() => [Indicator], {
    description: 'The indicators of a revision (everyone of it). Import values with POST /api/indikatoren/:id/import.',
  })
  async indicators(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.inventory.indicators(await ctx.actor(), revisionId);
  }

  @Query(() => Indicator)
  async indicator(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.inventory.indicator(await ctx.actor(), id);
  }

  @Mutation(() => Indicator, { description: 'Defines an indicator (coordinators).' })
  async createIndicator(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: IndicatorInput,
  ) {
    return this.inventory.createIndicator(await ctx.actor(), revisionId, input);
  }

  @Mutation(() => Indicator, { description: 'Changes an indicator (coordinators; optimistic locking).' })
  async updateIndicator(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: IndicatorInput,
  ) {
    return this.inventory.updateIndicator(await ctx.actor(), id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an indicator with its values (coordinators).' })
  async deleteIndicator(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.inventory.deleteIndicator(await ctx.actor(), id);
  }

  @Mutation(() => IndicatorValue, {
    description: 'Corrects one value by hand (coordinators; optimistic locking; audited).',
  })
  async correctIndicatorValue(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('value', { type: () => Float }) value: number,
  ) {
    return this.inventory.correctValue(await ctx.actor(), id, version, value);
  }

  @ResolveField(() => [IndicatorValue], { description: 'Its values, by year.' })
  values(@Ctx() ctx: RequestContext, @Parent() indicator: Indicator) {
    return ctx.loaders
      .get<string, IndicatorValue[]>('inventory.values', (ids) => this.inventory.valuesOf(ids))
      .load(indicator.id);
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  constructor(private readonly inventory: InventoryService) {}

  @ResolveField(() => String)
  municipalityName(@Ctx() ctx: RequestContext, @Parent() value: IndicatorValue) {
    return ctx.loaders
      .get<string, string>('inventory.municipality', (ids) => this.inventory.municipalityNames(ids))
      .load(value.municipalityId);
  }
}
