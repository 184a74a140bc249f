import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { RecommendationExportController, RecommendationExportResolver, RecommendationExportService } from './export';
import { FeasibilityResolver, FeasibilityService } from './feasibility';
import { RecommendationCommentResolver, RecommendationResolver } from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [IdentityModule],
  controllers: [RecommendationExportController],
  providers: [
    RecommendationExportService,
    RecommendationExportResolver,
    RecommendationService,
    RecommendationResolver,
    RecommendationCommentResolver,
    FeasibilityService,
    FeasibilityResolver,
  ],
  exports: [RecommendationService, FeasibilityService],
})
export class RecommendationsModule {}
