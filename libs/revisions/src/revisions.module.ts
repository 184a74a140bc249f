import { Module } from '@nestjs/common';
import { FieldOfActionResolver, RegionRevisionsResolver, RevisionResolver } from './revision.resolver';
import { RevisionService } from './revision.service';

@Module({
  providers: [RevisionService, RevisionResolver, FieldOfActionResolver, RegionRevisionsResolver],
  exports: [RevisionService],
})
export class RevisionsModule {}
