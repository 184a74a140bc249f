import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import { type Actor, answerHttp, DomainError } from '@konzeptwerk/platform';
import { AssignmentService } from '../assignment.service';
import { nameBadgesPdf, participantListsPdf } from './conference-pdfs';
import { documentationDocx, documentationPdf } from './documentation';

/**
 * The printouts of a conference for its coordinators: the participant lists
 * per workshop and the name badges as tagged PDFs, and the documentation as
 * PDF and DOCX, built on request (a conference has a few hundred people and
 * cards at most). Anyone else gets the same
 * 404 as for a conference that does not exist.
 */
@Controller('api/conferences')
export class ConferenceDocumentsController {
  constructor(
    private readonly assignments: AssignmentService,
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

  @Get(':id/dokumentation.pdf')
  async documentationAsPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.deliver(req, res, id, 'dokumentation.pdf', 'application/pdf', async (actor) =>
      documentationPdf(await this.assignments.documentation(actor, id)),
    );
  }

  @Get(':id/dokumentation.docx')
  async documentationAsDocx(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.deliver(
      req,
      res,
      id,
      'dokumentation.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      async (actor) => documentationDocx(await this.assignments.documentation(actor, id)),
    );
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
