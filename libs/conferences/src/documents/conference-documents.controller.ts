import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import { DomainError } from '@konzeptwerk/platform';
import { AssignmentService } from '../assignment.service';
import { nameBadgesPdf, participantListsPdf } from './conference-pdfs';

const ANSWERS = {
  401: { code: 'UNAUTHENTICATED', de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  404: { code: 'NOT_FOUND', de: 'Der Eintrag wurde nicht gefunden.', en: 'The item was not found.' },
} as const;

/**
 * The printouts of a conference for its coordinators: the participant lists
 * per workshop and the name badges, as tagged PDFs built on request (a
 * conference has a few hundred people at most). Anyone else gets the same
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
    await this.send(req, res, id, 'teilnehmendenlisten.pdf', async (data) =>
      participantListsPdf(data.conference, data.workshops),
    );
  }

  @Get(':id/namensschilder.pdf')
  async badges(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.send(req, res, id, 'namensschilder.pdf', async (data) => nameBadgesPdf(data.conference, data.badges));
  }

  private async send(
    req: Request,
    res: Response,
    id: string,
    fileName: string,
    build: (data: Awaited<ReturnType<AssignmentService['printData']>>) => Promise<Buffer>,
  ) {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let data: Awaited<ReturnType<AssignmentService['printData']>>;
    try {
      data = await this.assignments.printData(await this.auth.actorForToken(readSessionToken(req)), id);
    } catch (e) {
      // Answered here: the app's DomainError filter speaks GraphQL.
      if (!(e instanceof DomainError)) throw e;
      const { code, de, en } = ANSWERS[e.code === 'UNAUTHENTICATED' ? 401 : 404];
      res.status(e.code === 'UNAUTHENTICATED' ? 401 : 404).json({ code, message: de, messages: { de, en } });
      return;
    }
    const pdf = await build(data);
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.length));
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.end(pdf);
  }
}
