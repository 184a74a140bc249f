import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ExportFormat } from '@konzeptwerk/contracts';
import { Ctx, DataExport, type RequestContext } from '@konzeptwerk/platform';
import { SurveyExportService } from './survey-export';

@Resolver(() => DataExport)
export class SurveyExportResolver {
  constructor(private readonly exports: SurveyExportService) {}

  @Mutation(() => DataExport, {
    description:
      'Starts building a file with every submitted response of the survey as CSV or XLSX (coordinators of its region); poll dataExport for progress.',
  })
  async exportSurveyResponses(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<DataExport> {
    return this.exports.requestExport(await ctx.actor(), surveyId, format);
  }

  @Query(() => [DataExport], { description: "The latest 20 exports of a survey's responses (coordinators)." })
  async surveyResponseExports(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
  ): Promise<DataExport[]> {
    return this.exports.exports(await ctx.actor(), surveyId);
  }
}
