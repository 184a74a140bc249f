import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import { answerHttp, DomainError } from '@konzeptwerk/platform';
import { ConceptService } from './concept.service';
import { redlineDocx } from './text';

/** The redline of two versions as a Word document with tracked changes, for everyone of the revision. */
@Controller('api/konzept')
export class ConceptController {
  constructor(
    private readonly concept: ConceptService,
    private readonly auth: AuthService,
  ) {}

  @Get('vergleich/:fromId/:toId.docx')
  async comparison(
    @Param('fromId') fromId: string,
    @Param('toId') toId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let file: Buffer;
    let name: string;
    try {
      const { from, to, sections } = await this.concept.compare(
        await this.auth.actorForToken(readSessionToken(req)),
        fromId,
        toId,
      );
      file = await redlineDocx(`Konzeptentwurf: Fassung ${from.number} → ${to.number}`, sections, {
        author: 'Konzeptwerk',
        date: to.frozenAt,
      });
      name = `konzeptentwurf-fassung-${from.number}-zu-${to.number}.docx`;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, e.code === 'UNAUTHENTICATED' ? 401 : 404);
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    res.setHeader('Content-Length', String(file.length));
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.end(file);
  }
}
