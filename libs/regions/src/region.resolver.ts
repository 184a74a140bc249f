import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, groupBy, type RequestContext } from '@konzeptwerk/platform';
import { Municipality, Organisation, Region } from './region.entity';
import { CreateRegionInput, MunicipalityInput, SaveOrganisationInput, UpdateRegionInput } from './region.inputs';
import { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @Query(() => [Region], {
    name: 'regions',
    description: 'Regions the signed-in person works in (all of them for platform admins).',
  })
  async listRegions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return this.regions.listRegions(await ctx.actor());
  }

  @Query(() => Region)
  async region(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Region> {
    return this.regions.getRegion(await ctx.actor(), id);
  }

  @Mutation(() => Region)
  async createRegion(@Ctx() ctx: RequestContext, @Args('input') input: CreateRegionInput): Promise<Region> {
    return this.regions.createRegion(await ctx.actor(), input);
  }

  @Mutation(() => Region)
  async updateRegion(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRegionInput): Promise<Region> {
    return this.regions.updateRegion(await ctx.actor(), input);
  }

  @Mutation(() => Municipality)
  async addMunicipality(
    @Ctx() ctx: RequestContext,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('input') input: MunicipalityInput,
  ): Promise<Municipality> {
    return this.regions.addMunicipality(await ctx.actor(), regionId, input);
  }

  @Mutation(() => Boolean)
  async removeMunicipality(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.regions.removeMunicipality(await ctx.actor(), id);
  }

  @Mutation(() => Organisation)
  async saveOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveOrganisationInput,
  ): Promise<Organisation> {
    return this.regions.saveOrganisation(await ctx.actor(), input);
  }

  @Mutation(() => Boolean)
  async deleteOrganisation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.regions.deleteOrganisation(await ctx.actor(), id);
  }

  @ResolveField(() => [Municipality])
  municipalities(@Parent() region: Region, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    return ctx.loaders
      .get<string, Municipality[]>('municipalitiesByRegion', async (ids) =>
        groupBy(ids, await this.regions.municipalitiesByRegion(ids), (m) => m.regionId),
      )
      .load(region.id);
  }

  @ResolveField(() => [Organisation])
  organisations(@Parent() region: Region, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return ctx.loaders
      .get<string, Organisation[]>('organisationsByRegion', async (ids) =>
        groupBy(ids, await this.regions.organisationsByRegion(ids), (o) => o.regionId),
      )
      .load(region.id);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly regions: RegionService) {}

  @ResolveField(() => [Municipality])
  async municipalities(@Parent() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    if (organisation.municipalities) return organisation.municipalities;
    const rows = await ctx.loaders
      .get<string, Awaited<ReturnType<RegionService['municipalitiesOfOrganisations']>>>(
        'municipalitiesOfOrganisation',
        async (ids) => groupBy(ids, await this.regions.municipalitiesOfOrganisations(ids), (r) => r.organisationId),
      )
      .load(organisation.id);
    return rows.map((r) =>
      Object.assign(new Municipality(), { id: r.id, name: r.name, kind: r.kind, regionId: organisation.regionId }),
    );
  }
}
