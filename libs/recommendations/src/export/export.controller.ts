import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { ExportStatus } from '@konzeptwerk/contracts';
import { AuthService, readSessionToken } from '@konzeptwerk/identity';
import { answerHttp, DomainError, type DataExport } from '@konzeptwerk/platform';
import { RecommendationExportService } from './recommendation-export.service';

export const downloadPath = (exportId: string) => `/api/exports/${exportId}/download`;

/** Read per query, so a large file is never held in memory as a whole. */
const CHUNK_BYTES = 1024 * 1024;

/** RFC 6266/8187: an ASCII fallback for old clients, the exact UTF-8 name for all others. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /api/exports/:id/download`: the finished file of an export, for whoever may read the export
 * (the requester or a coordinator of its region). Unknown and not allowed get the same 404, so ids
 * cannot be probed; 409 while the file is not finished.
 */
@Controller('api/exports')
export class RecommendationExportController {
  constructor(
    private readonly exports: RecommendationExportService,
    private readonly auth: AuthService,
    private readonly db: DataSource,
  ) {}

  @Get(':id/download')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // Set before any answer: neither the file nor an error about it belongs in a shared cache.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let row: DataExport;
    try {
      // The same actor GraphQL resolves from the session cookie.
      row = await this.exports.getExport(await this.auth.actorForToken(readSessionToken(req)), id);
    } catch (e) {
      // Answered here: the app's DomainError filter speaks GraphQL and would leave an HTTP request hanging.
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, e.code === 'UNAUTHENTICATED' ? 401 : 404);
    }
    if (row.status !== ExportStatus.DONE) return answerHttp(res, 409);

    const [{ size }] = (await this.db.query(
      'SELECT octet_length(content)::int AS size FROM data_export WHERE id = $1',
      [row.id],
    )) as { size: number | null }[];
    res.status(200);
    res.setHeader('Content-Type', row.contentType ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(size ?? 0));
    res.setHeader('Content-Disposition', contentDisposition(row.fileName ?? 'export'));
    try {
      await pipeline(Readable.from(this.chunks(row.id, size ?? 0)), res);
    } catch (e) {
      // Once the body has started, the connection is closed by pipeline; a client that went away is no error.
      if (!res.headersSent) throw e;
    }
  }

  /** A DONE file never changes, so reading it in slices is consistent. */
  private async *chunks(id: string, size: number): AsyncGenerator<Buffer> {
    for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
      const [{ part }] = (await this.db.query(
        'SELECT substring(content FROM $2 FOR $3) AS part FROM data_export WHERE id = $1',
        [id, offset + 1, CHUNK_BYTES],
      )) as { part: Buffer }[];
      yield part;
    }
  }
}
