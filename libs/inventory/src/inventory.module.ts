import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { InventoryController } from './inventory.controller';
import { IndicatorResolver, IndicatorValueResolver } from './inventory.resolver';
import { InventoryService } from './inventory.service';

@Module({
  imports: [IdentityModule],
  controllers: [InventoryController],
  providers: [InventoryService, IndicatorResolver, IndicatorValueResolver],
  exports: [InventoryService],
})
export class InventoryModule {}
