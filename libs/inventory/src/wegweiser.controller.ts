import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OFFER_LANGUAGES } from '@konzeptwerk/contracts';
import { answerHttp, DomainError, writeCsv, type TabularColumn } from '@konzeptwerk/platform';
import { bufferSink } from '@konzeptwerk/recommendations';
import { OffersService } from './offers.service';

export const WEGWEISER_COLUMNS: TabularColumn[] = [
  { key: 'title', header: 'Angebot' },
  { key: 'kind', header: 'Art' },
  { key: 'provider', header: 'Träger' },
  { key: 'municipalities', header: 'Kommunen' },
  { key: 'fieldsOfAction', header: 'Handlungsfelder' },
  { key: 'targetGroups', header: 'Zielgruppen' },
  { key: 'languages', header: 'Sprachen' },
  { key: 'accessibility', header: 'Barrierefreiheit' },
  { key: 'contactEmail', header: 'E-Mail' },
  { key: 'contactPhone', header: 'Telefon' },
  { key: 'address', header: 'Adresse' },
  { key: 'website', header: 'Website' },
  { key: 'description', header: 'Beschreibung' },
  { key: 'confirmedAt', header: 'Zuletzt bestätigt' },
];

/** The Wegweiser's offers as open data, for everyone: CSV (German Excel) and JSON. */
@Controller('api/oeffentlich/wegweiser')
export class WegweiserController {
  constructor(private readonly offers: OffersService) {}

  @Get(':revisionId/angebote.:format')
  async download(@Param('revisionId') revisionId: string, @Param('format') format: string, @Res() res: Response) {
    if (format !== 'csv' && format !== 'json') return answerHttp(res, 404);
    let offers;
    try {
      offers = await this.offers.wegweiser(revisionId);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return answerHttp(res, 404);
    }
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `attachment; filename="wegweiser-angebote.${format}"`);
    if (format === 'json') {
      res.type('application/json').send(JSON.stringify({ offers }, null, 2));
      return;
    }
    const sink = bufferSink();
    await writeCsv(
      WEGWEISER_COLUMNS,
      offers.map((o) => ({
        ...o,
        municipalities: o.municipalities.join('; '),
        fieldsOfAction: o.fieldsOfAction.join('; '),
        targetGroups: o.targetGroups.join('; '),
        languages: o.languages.map((l) => OFFER_LANGUAGES[l]?.de ?? l).join('; '),
      })),
      sink.out,
    );
    res.type('text/csv; charset=utf-8').send(sink.content());
  }
}
