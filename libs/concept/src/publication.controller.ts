import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ExportFormat } from '@konzeptwerk/contracts';
import { answerHttp, DomainError } from '@konzeptwerk/platform';
import { OPEN_DATA_SCHEMA } from './open-data.schema';
import { PublicationService } from './publication.service';

const FORMATS: Record<string, ExportFormat> = {
  pdf: ExportFormat.PDF,
  docx: ExportFormat.DOCX,
  json: ExportFormat.JSON,
  csv: ExportFormat.CSV,
};

/** The published concept's documents and the open data's schema, for everyone, without signing in. */
@Controller('api/oeffentlich')
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Get('schema/handlungsempfehlungen.json')
  schema(@Res() res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/schema+json').send(JSON.stringify(OPEN_DATA_SCHEMA, null, 2));
  }

  @Get('konzepte/:revisionId/:format')
  async document(@Param('revisionId') revisionId: string, @Param('format') format: string, @Res() res: Response) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const wanted = FORMATS[format];
    if (!wanted) return answerHttp(res, 404);
    let file: { content: Buffer; contentType: string; fileName: string };
    try {
      file = await this.publications.publicFile(revisionId, wanted);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, 404);
    }
    // A version's documents never change: caches may keep them for a day.
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.content.length));
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.end(file.content);
  }
}
