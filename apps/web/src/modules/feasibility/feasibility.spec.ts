import i18next from 'i18next';
import { de, en } from '../../i18n/messages';
import { cellKind, cellText, endOfDayInRegion, formatDeadline, formatDeadlineDay, summarise } from './feasibility';

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

const NOW = new Date('2026-11-24T12:00:00Z');
const DEADLINE = '2026-12-11T16:00:00Z';

describe('cellKind', () => {
  it('tells answers, open, overdue and not asked apart', () => {
    expect(cellKind(undefined, NOW)).toBe('NOT_ASKED');
    expect(cellKind({ answer: 'FEASIBLE', deadline: DEADLINE }, NOW)).toBe('FEASIBLE');
    expect(cellKind({ answer: null, deadline: DEADLINE }, NOW)).toBe('OPEN');
    expect(cellKind({ answer: null, deadline: '2026-11-24T11:59:59Z' }, NOW)).toBe('OVERDUE');
  });

  it('counts a deadline reached this very moment as passed, like the API', () => {
    expect(cellKind({ answer: null, deadline: NOW.toISOString() }, NOW)).toBe('OVERDUE');
  });

  it('keeps an answer after the deadline', () => {
    expect(cellKind({ answer: 'NOT_FEASIBLE', deadline: '2026-01-01T00:00:00Z' }, NOW)).toBe('NOT_FEASIBLE');
  });
});

describe('cellText', () => {
  it('words every kind in German', () => {
    expect(cellText('FEASIBLE', DEADLINE, tDe, 'de')).toBe('umsetzbar');
    expect(cellText('FEASIBLE_WITH_CONDITIONS', DEADLINE, tDe, 'de')).toBe('mit Bedingungen');
    expect(cellText('NOT_FEASIBLE', DEADLINE, tDe, 'de')).toBe('nicht umsetzbar');
    expect(cellText('OPEN', DEADLINE, tDe, 'de')).toBe('offen (Frist 11.12.2026)');
    expect(cellText('OVERDUE', '2026-11-20T22:59:59Z', tDe, 'de')).toBe('überfällig (Frist 20.11.2026)');
    expect(cellText('NOT_ASKED', null, tDe, 'de')).toBe('nicht angefragt');
  });

  it('words them in English', () => {
    expect(cellText('OPEN', DEADLINE, tEn, 'en')).toBe('open (deadline Dec 11, 2026)');
    expect(cellText('FEASIBLE_WITH_CONDITIONS', DEADLINE, tEn, 'en')).toBe('with conditions');
  });
});

describe('deadlines in the region’s time zone', () => {
  it('shows the German calendar day even when the instant is on the previous day in UTC', () => {
    // 23:30 German winter time is still the 11th there, 22:30 UTC.
    expect(formatDeadlineDay('2026-12-11T22:30:00Z', 'de')).toBe('11.12.2026');
    // 00:30 German time on the 12th is 23:30 UTC on the 11th.
    expect(formatDeadlineDay('2026-12-11T23:30:00Z', 'de')).toBe('12.12.2026');
    expect(formatDeadline(DEADLINE, 'de')).toBe('11.12.2026, 17:00');
  });

  it('ends a chosen day at 23:59:59 German time, in winter and in summer', () => {
    expect(endOfDayInRegion('2026-12-11')).toBe('2026-12-11T22:59:59.000Z');
    expect(endOfDayInRegion('2026-07-01')).toBe('2026-07-01T21:59:59.000Z');
  });

  it('gets the days the clocks change right', () => {
    expect(endOfDayInRegion('2026-03-29')).toBe('2026-03-29T21:59:59.000Z');
    expect(endOfDayInRegion('2026-10-25')).toBe('2026-10-25T22:59:59.000Z');
    expect(endOfDayInRegion('2026-03-28')).toBe('2026-03-28T22:59:59.000Z');
  });

  it('refuses what is no calendar day', () => {
    expect(endOfDayInRegion('')).toBeNull();
    expect(endOfDayInRegion('11.12.2026')).toBeNull();
    expect(endOfDayInRegion('2026-02-30')).toBeNull();
    expect(endOfDayInRegion('2026-13-01')).toBeNull();
  });
});

describe('summarise', () => {
  it('counts asked and answered pairs and every kind of cell', () => {
    const cells = [
      { recommendationId: 'aw1', organisationId: 'jc', answer: null, deadline: DEADLINE },
      {
        recommendationId: 'aw1',
        organisationId: 'vhs',
        answer: 'FEASIBLE_WITH_CONDITIONS' as const,
        deadline: DEADLINE,
      },
      { recommendationId: 'aw2', organisationId: 'jc', answer: null, deadline: '2026-11-01T00:00:00Z' },
      // A cell of an organisation no longer in the table is not counted.
      { recommendationId: 'aw2', organisationId: 'gone', answer: 'FEASIBLE' as const, deadline: DEADLINE },
    ];
    const summary = summarise(['aw1', 'aw2'], ['jc', 'vhs'], cells, NOW);
    expect(summary).toEqual({
      asked: 3,
      answered: 1,
      counts: {
        FEASIBLE: 0,
        FEASIBLE_WITH_CONDITIONS: 1,
        NOT_FEASIBLE: 0,
        OPEN: 1,
        OVERDUE: 1,
        NOT_ASKED: 1,
      },
    });
  });
});
