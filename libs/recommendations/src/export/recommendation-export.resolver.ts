import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
import { Ctx, DataExport, type RequestContext } from '@konzeptwerk/platform';
import { downloadPath } from './export.controller';
import { RecommendationExportService } from './recommendation-export.service';

@Resolver(() => DataExport)
export class RecommendationExportResolver {
  constructor(private readonly exports: RecommendationExportService) {}

  @Mutation(() => DataExport, {
    description:
      "Starts building a file with every recommendation of the revision (coordinators of the revision's region).",
  })
  async exportRecommendations(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<DataExport> {
    return this.exports.requestExport(await ctx.actor(), revisionId, format);
  }

  @Query(() => DataExport, {
    description: 'An export with its progress (the requester or a coordinator of the region).',
  })
  async dataExport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<DataExport> {
    return this.exports.getExport(await ctx.actor(), id);
  }

  @Query(() => [DataExport], { description: "The latest 20 exports of a revision's recommendations (coordinators)." })
  async dataExports(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
  ): Promise<DataExport[]> {
    return this.exports.exportsOfRevision(await ctx.actor(), revisionId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where the finished file is downloaded; null until DONE.',
  })
  downloadUrl(@Parent() row: DataExport): string | null {
    return row.status === ExportStatus.DONE ? downloadPath(row.id) : null;
  }
}
