import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { RecommendationsModule } from '@konzeptwerk/recommendations';
import { RespondService } from './respond.service';
import { RespondResolver, SurveyQuestionResolver, SurveyResolver, SurveySectionResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

@Module({
  imports: [IdentityModule, RecommendationsModule],
  providers: [
    SurveysService,
    RespondService,
    SurveyResolver,
    SurveySectionResolver,
    SurveyQuestionResolver,
    RespondResolver,
  ],
  exports: [SurveysService, RespondService],
})
export class SurveysModule {}
