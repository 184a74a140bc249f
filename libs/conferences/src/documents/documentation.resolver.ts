import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ExportFormat } from '@konzeptwerk/contracts';
import { Ctx, DataExport, type RequestContext } from '@konzeptwerk/platform';
import { ConferencePhoto } from '../conference.entity';
import { ConferenceDocumentationService } from './documentation.service';

@Resolver(() => ConferencePhoto)
export class ConferenceDocumentationResolver {
  constructor(private readonly documentation: ConferenceDocumentationService) {}

  @Mutation(() => DataExport, {
    description:
      "Starts building the conference documentation as PDF or DOCX (coordinators of the conference's region); poll dataExport for its progress.",
  })
  async exportConferenceDocumentation(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<DataExport> {
    return this.documentation.requestDocumentation(await ctx.actor(), conferenceId, format);
  }

  @Query(() => [DataExport], { description: 'The latest 20 documentation exports of a conference (coordinators).' })
  async conferenceDocumentationExports(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
  ): Promise<DataExport[]> {
    return this.documentation.exports(await ctx.actor(), conferenceId);
  }

  @Query(() => [ConferencePhoto], {
    description:
      "The flip-chart photos for the documentation: all for coordinators, their workshops' for moderators. Uploaded with POST /api/conferences/:id/fotos, shown from /api/conferences/fotos/:photoId.",
  })
  async conferencePhotos(
    @Ctx() ctx: RequestContext,
    @Args('conferenceId', { type: () => ID }) conferenceId: string,
  ): Promise<ConferencePhoto[]> {
    return this.documentation.photos(await ctx.actor(), conferenceId);
  }

  @Mutation(() => Boolean, { description: 'Removes a photo (coordinators, or moderators of its workshop).' })
  async deleteConferencePhoto(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.documentation.deletePhoto(await ctx.actor(), id);
  }
}
