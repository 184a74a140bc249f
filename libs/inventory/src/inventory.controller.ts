import { Controller, Param, Post, Query, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { formatErrorMessage } from '@konzeptwerk/contracts';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import {
  answerDomainError,
  answerHttp,
  DomainError,
  fileTooLargeFilter,
  invalid,
  isAppUpload,
} from '@konzeptwerk/platform';
import { InventoryService, MAX_IMPORT_BYTES } from './inventory.service';

/**
 * Imports an indicator's values from a CSV or XLSX file (multipart field `file`); `?nurPruefen=1` checks
 * without storing. Problems come back as 422 IMPORT_INVALID with every problem by row and column.
 */
@Controller('api/indikatoren')
export class InventoryController {
  constructor(
    private readonly inventory: InventoryService,
    private readonly auth: AuthService,
  ) {}

  @Post(':id/import')
  @UseFilters(fileTooLargeFilter(MAX_IMPORT_BYTES))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 2 } }))
  async import(
    @Param('id') id: string,
    @Query('nurPruefen') checkOnly: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    if (!isAppUpload(req)) return answerHttp(res, 403);
    try {
      const actor = await this.auth.actorForToken(readSessionToken(req));
      if (!file) throw invalid('file: a CSV or XLSX file');
      res.status(200).json(await this.inventory.importValues(actor, id, file.buffer, checkOnly === '1'));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code !== 'IMPORT_INVALID') return answerDomainError(res, e);
      res.status(422).json({
        code: e.code,
        message: formatErrorMessage(e.code, 'de', e.params),
        messages: { de: formatErrorMessage(e.code, 'de', e.params), en: formatErrorMessage(e.code, 'en', e.params) },
        problems: (e.details as { problems: unknown[] }).problems,
      });
    }
  }
}
