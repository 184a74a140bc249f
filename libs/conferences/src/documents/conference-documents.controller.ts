import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import {
  type Actor,
  answerDomainError,
  answerHttp,
  DomainError,
  fileTooLargeFilter,
  invalid,
  isAppUpload,
} from '@konzeptwerk/platform';
import { AssignmentService } from '../assignment.service';
import { nameBadgesPdf, participantListsPdf } from './conference-pdfs';
import { ConferenceDocumentationService } from './documentation.service';
import { MAX_PHOTO_BYTES } from './photos';

/** What the upload interceptor (multer, in memory) hands over. */
interface UploadedPhoto {
  buffer: Buffer;
  size: number;
}

/**
 * The printouts of a conference for its coordinators: the participant lists
 * per workshop and the name badges as tagged PDFs, built on request (a
 * conference has a few hundred people at most); anyone else gets the same
 * 404 as for a conference that does not exist. And the flip-chart photos for
 * the documentation (which a job builds, see ConferenceDocumentationJob):
 * uploaded here and served to those who may see them.
 */
@Controller('api/conferences')
export class ConferenceDocumentsController {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly documentation: ConferenceDocumentationService,
    private readonly auth: AuthService,
  ) {}

  @Get(':id/teilnehmendenlisten.pdf')
  async lists(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.deliver(req, res, id, 'teilnehmendenlisten.pdf', 'application/pdf', async (actor) => {
      const data = await this.assignments.printData(actor, id);
      return participantListsPdf(data.conference, data.workshops);
    });
  }

  @Get(':id/namensschilder.pdf')
  async badges(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.deliver(req, res, id, 'namensschilder.pdf', 'application/pdf', async (actor) => {
      const data = await this.assignments.printData(actor, id);
      return nameBadgesPdf(data.conference, data.badges);
    });
  }

  /**
   * A photo of a flip chart for the documentation, as multipart/form-data: `file` (JPEG or PNG), `caption`
   * (its text alternative) and optionally `sessionId`. Sent by the app's own pages only: the custom header
   * cannot be set by a form on another site, and without it nothing is stored (CSRF).
   */
  @Post(':id/fotos')
  @UseFilters(fileTooLargeFilter(MAX_PHOTO_BYTES))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 4 } }))
  async uploadPhoto(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @UploadedFile() file: UploadedPhoto | undefined,
    @Body() body: Record<string, string | undefined>,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isAppUpload(req)) return answerHttp(res, 403);
    try {
      const actor = await this.auth.actorForToken(readSessionToken(req));
      if (!file) throw invalid('file: a JPEG or PNG photo');
      const photo = await this.documentation.addPhoto(actor, id, {
        sessionId: body.sessionId || null,
        caption: body.caption ?? '',
        bytes: file.buffer,
      });
      res.status(201).json({ id: photo.id, caption: photo.caption, sessionId: photo.sessionId });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      answerDomainError(res, e);
    }
  }

  @Get('fotos/:photoId')
  async photo(@Param('photoId') photoId: string, @Req() req: Request, @Res() res: Response) {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let file: { content: Buffer; contentType: string };
    try {
      file = await this.documentation.photoFile(await this.auth.actorForToken(readSessionToken(req)), photoId);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, e.code === 'UNAUTHENTICATED' ? 401 : 404);
    }
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.content.length));
    res.end(file.content);
  }

  private async deliver(
    req: Request,
    res: Response,
    id: string,
    fileName: string,
    contentType: string,
    build: (actor: Actor) => Promise<Buffer>,
  ) {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let file: Buffer;
    try {
      file = await build(await this.auth.actorForToken(readSessionToken(req)));
    } catch (e) {
      // Answered here: the app's DomainError filter speaks GraphQL.
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, e.code === 'UNAUTHENTICATED' ? 401 : 404);
    }
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', String(file.length));
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.end(file);
  }
}
