import { ExportFormat, RecommendationStatus } from '@konzeptwerk/contracts';
import { contentDisposition } from './export.controller';
import { exportFileName, slugify, toExportRow, type RecommendationExportRecord } from './recommendation-export.rows';

describe('file names', () => {
  it('makes a readable ASCII slug of a German title', () => {
    expect(slugify('Fortschreibung Gütersloh 2026')).toBe('fortschreibung-guetersloh-2026');
    expect(slugify('  Integrationskonzept: Straße & Größe (Entwurf) ')).toBe(
      'integrationskonzept-strasse-groesse-entwurf',
    );
    expect(slugify('Café Öffnung')).toBe('cafe-oeffnung');
    expect(slugify('???')).toBe('fortschreibung');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });

  it('dates the file by the day in Germany', () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (summer time).
    const at = new Date('2026-03-31T23:30:00Z');
    expect(exportFileName('Fortschreibung 2026', ExportFormat.XLSX, at)).toBe(
      'handlungsempfehlungen-fortschreibung-2026-2026-04-01.xlsx',
    );
    expect(exportFileName('Fortschreibung 2026', ExportFormat.CSV, at)).toMatch(/\.csv$/);
  });

  it('sends an ASCII fallback and the exact UTF-8 name in Content-Disposition', () => {
    expect(contentDisposition('handlungsempfehlungen-2026.xlsx')).toBe(
      `attachment; filename="handlungsempfehlungen-2026.xlsx"; filename*=UTF-8''handlungsempfehlungen-2026.xlsx`,
    );
    expect(contentDisposition(`Größe "neu" (1)'.csv`)).toBe(
      `attachment; filename="Gr__e _neu_ (1)'.csv"; filename*=UTF-8''Gr%C3%B6%C3%9Fe%20%22neu%22%20%281%29%27.csv`,
    );
  });
});

describe('toExportRow', () => {
  const record: RecommendationExportRecord = {
    id: 'r1',
    reference: 'SB-01',
    title: 'Sprachkurse',
    status: RecommendationStatus.SUBMITTED,
    status_reason: null,
    field_id: 'f1',
    field_position: 1,
    field_code: 'SB',
    field_title: 'Sprache und Bildung',
    number: 1,
    rationale: '',
    time_horizon: null,
    resources: null,
    indicators: null,
    all_municipalities: false,
    target_groups: [],
    municipalities: [],
    organisations: [],
    authors: ['Anna'],
    supports: 0,
    comments: 0,
    evidence: [],
    merged_into: null,
    feasibility: [{ organisation: 'Caritas', answer: null, comment: null }],
    created_at: new Date('2026-01-01T00:00:00Z'),
    updated_at: new Date('2026-01-02T00:00:00Z'),
  };

  it('leaves missing values as empty cells and says which statements are still open', () => {
    expect(toExportRow(record)).toMatchObject({
      status: 'Eingereicht',
      rationale: null,
      targetGroups: null,
      municipalities: null,
      timeHorizon: null,
      evidence: null,
      feasibility: 'Caritas: noch offen',
      supports: 0,
    });
  });
});
