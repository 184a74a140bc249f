import { Module } from '@nestjs/common';
import { OrganisationResolver, RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

@Module({
  providers: [RegionService, RegionResolver, OrganisationResolver],
  exports: [RegionService],
})
export class RegionsModule {}
