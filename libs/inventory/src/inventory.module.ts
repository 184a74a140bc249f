import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { RecommendationsModule } from '@konzeptwerk/recommendations';
import { InventoryController } from './inventory.controller';
import { IndicatorResolver, IndicatorValueResolver } from './inventory.resolver';
import { InventoryService } from './inventory.service';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';
import { WegweiserController } from './wegweiser.controller';

@Module({
  imports: [IdentityModule, RecommendationsModule],
  controllers: [InventoryController, WegweiserController],
  providers: [InventoryService, OffersService, IndicatorResolver, IndicatorValueResolver, OffersResolver],
  exports: [InventoryService, OffersService],
})
export class InventoryModule {}
