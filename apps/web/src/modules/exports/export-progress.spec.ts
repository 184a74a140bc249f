import i18next from 'i18next';
import { de, en } from '../../i18n/messages';
import { formatByteSize, isFinished, progressText, progressValue, type ExportFacts } from './export-progress';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: 'de',
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const tDe = i18n.getFixedT('de');
const tEn = i18n.getFixedT('en');

const facts = (over: Partial<ExportFacts>): ExportFacts => ({
  status: 'RUNNING',
  processed: 0,
  total: null,
  error: null,
  ...over,
});

describe('progressText', () => {
  it('counts with German digit grouping', () => {
    expect(progressText(facts({ processed: 123, total: 1000 }), tDe, 'de')).toBe('123 von 1.000 Empfehlungen');
    expect(progressText(facts({ processed: 123, total: 1000 }), tEn, 'en')).toBe('123 of 1,000 recommendations');
  });

  it('says the export waits while it is queued or has not counted yet', () => {
    expect(progressText(facts({ status: 'QUEUED' }), tDe, 'de')).toBe('Der Export wartet auf den Start …');
    expect(progressText(facts({ status: 'RUNNING', total: null }), tDe, 'de')).toBe(
      'Der Export wartet auf den Start …',
    );
  });

  it('says when it is done, with the final count', () => {
    expect(progressText(facts({ status: 'DONE', processed: 20, total: 20 }), tDe, 'de')).toBe(
      '20 von 20 Empfehlungen. Der Export ist fertig.',
    );
  });

  it('tells why it failed when the API says so', () => {
    expect(progressText(facts({ status: 'FAILED', error: 'Datenbank nicht erreichbar' }), tDe, 'de')).toBe(
      'Der Export ist fehlgeschlagen: Datenbank nicht erreichbar',
    );
    expect(progressText(facts({ status: 'FAILED' }), tDe, 'de')).toBe('Der Export ist fehlgeschlagen.');
  });
});

describe('progressValue', () => {
  it('is indeterminate until the total is known, then counts, and is full when done', () => {
    expect(progressValue(facts({ status: 'QUEUED' }))).toEqual({ max: 1 });
    expect(progressValue(facts({ processed: 5, total: 20 }))).toEqual({ value: 5, max: 20 });
    expect(progressValue(facts({ processed: 25, total: 20 }))).toEqual({ value: 20, max: 20 });
    expect(progressValue(facts({ status: 'DONE', processed: 0, total: 0 }))).toEqual({ value: 1, max: 1 });
  });

  it('knows when to stop asking', () => {
    expect(['QUEUED', 'RUNNING', 'DONE', 'FAILED'].map((s) => isFinished(s as ExportFacts['status']))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('formatByteSize', () => {
  it('uses decimal units in the interface language', () => {
    expect(formatByteSize(512, 'de')).toBe('512 Byte');
    expect(formatByteSize(12_345, 'de')).toBe('12,3 kB');
    expect(formatByteSize(4_100_000, 'de')).toBe('4,1 MB');
    expect(formatByteSize(12_345, 'en')).toBe('12.3 kB');
  });
});
