import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { RecommendationsModule } from '@konzeptwerk/recommendations';
import { FindingsResolver } from './findings.resolver';
import { FindingsService } from './findings.service';
import { RespondService } from './respond.service';
import { SurveyExportService } from './survey-export';
import { SurveyExportResolver } from './survey-export.resolver';
import { SurveyResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';
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
    ResultsService,
    FindingsService,
    SurveyResultsResolver,
    FindingsResolver,
    SurveyExportService,
    SurveyExportResolver,
  ],
  exports: [SurveysService, RespondService, ResultsService, FindingsService],
})
export class SurveysModule {}
