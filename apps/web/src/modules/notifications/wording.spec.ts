import i18next from 'i18next';
import { de, en } from '../../i18n/messages';
import { parseParams, wordNotification } from './wording';

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
const json = (value: object) => JSON.stringify(value);

describe('wordNotification', () => {
  it('words a status change with who did it and why', () => {
    const params = json({
      reference: 'WM-02',
      title: 'Wohnraumbörse des Kreises',
      from: 'IN_REVIEW',
      to: 'NOT_ADOPTED',
      reason: 'Schon abgedeckt.',
      by: 'Anna Koordination',
    });
    expect(wordNotification('recommendation.status', params, tDe, 'de')).toEqual({
      text: 'Anna Koordination hat WM-02 „Wohnraumbörse des Kreises“ von „In Prüfung“ auf „Nicht übernommen“ gesetzt.',
      detail: 'Begründung: Schon abgedeckt.',
    });
    expect(wordNotification('recommendation.status', params, tEn, 'en').text).toBe(
      'Anna Koordination moved WM-02 “Wohnraumbörse des Kreises” from “In review” to “Not adopted”.',
    );
  });

  it('words a status change without a reason on one line', () => {
    const params = json({ reference: 'SB-02', title: 'T', from: 'SUBMITTED', to: 'IN_REVIEW', reason: null, by: 'A' });
    expect(wordNotification('recommendation.status', params, tDe, 'de').detail).toBeNull();
  });

  it('words merges, co-authorship and comments', () => {
    expect(
      wordNotification('recommendation.merged', json({ reference: 'ZT-01', into: 'ZT-04', title: 'Cafés' }), tDe, 'de')
        .text,
    ).toBe('ZT-01 wurde in ZT-04 „Cafés“ zusammengeführt.');
    expect(
      wordNotification('recommendation.coauthor', json({ reference: 'SB-01', title: 'Kurse' }), tEn, 'en').text,
    ).toBe('You are now a co-author of SB-01 “Kurse”.');
    expect(
      wordNotification(
        'recommendation.comment',
        json({ reference: 'SB-01', title: 'Kurse', by: 'Jonas Berger' }),
        tDe,
        'de',
      ).text,
    ).toBe('Jonas Berger hat SB-01 „Kurse“ kommentiert.');
  });

  it('words feasibility requests, answers and reminders with the deadline in the region’s time', () => {
    const requested = wordNotification(
      'feasibility.requested',
      json({
        organisation: 'Jobcenter Kreis Gütersloh',
        references: ['AW-01', 'AW-02'],
        deadline: '2026-12-11T16:00:00.000Z',
        by: 'Anna Koordination',
      }),
      tDe,
      'de',
    );
    expect(requested).toEqual({
      text: 'Anna Koordination bittet Jobcenter Kreis Gütersloh, die Umsetzbarkeit von AW-01, AW-02 zu prüfen.',
      detail: 'Frist: 11.12.2026, 17:00',
    });
    expect(
      wordNotification(
        'feasibility.answered',
        json({
          reference: 'AW-01',
          title: 'Anerkennung',
          organisation: 'Jobcenter',
          answer: 'NOT_FEASIBLE',
          changed: true,
          by: 'Jonas Berger',
        }),
        tDe,
        'de',
      ),
    ).toEqual({
      text: 'Jobcenter hat die Antwort zu AW-01 „Anerkennung“ geändert: nicht umsetzbar.',
      detail: 'Beantwortet von Jonas Berger',
    });
    expect(
      wordNotification(
        'feasibility.reminder',
        json({ organisation: 'Jobcenter', references: ['AW-01'], deadline: '2026-12-11T16:00:00Z', daysBefore: 7 }),
        tEn,
        'en',
      ).text,
    ).toBe('Reminder: the deadline for Jobcenter on AW-01 ends on Dec 11, 2026, 5:00 PM.');
  });

  it('words the review round and its reminder with the numbers and the deadline', () => {
    expect(
      wordNotification(
        'review.round.started',
        json({ round: 2, version: 3, deadline: '2026-12-11T16:00:00Z' }),
        tDe,
        'de',
      ).text,
    ).toMatch(/^Abstimmungsrunde 2: .* Version 3 /);
    const reminder = wordNotification(
      'review.reminder',
      json({ roundId: 'r', municipality: 'Gütersloh', deadline: '2026-12-11T16:00:00Z', daysBefore: 2 }),
      tDe,
      'de',
    ).text;
    expect(reminder).toContain('Gütersloh');
    expect(reminder).toContain('in 2 Tagen');
    expect(reminder).toContain('2026');
  });

  it('asks to confirm an offer with its title and when it was last confirmed', () => {
    const params = json({ offerId: 'o', title: 'Sprachcafé', confirmedAt: '2025-10-01T08:00:00Z' });
    const text = wordNotification('offer.confirm', params, tDe, 'de').text;
    expect(text).toContain('„Sprachcafé“');
    expect(text).toContain('2025');
    expect(wordNotification('offer.confirm', params, tEn, 'en').text).toMatch(
      /^Please confirm that the offer “Sprachcafé”/,
    );
  });

  it('still says something for a kind it does not know or params it cannot read', () => {
    expect(wordNotification('survey.closed', '{}', tDe, 'de')).toEqual({
      text: 'Es gibt Neuigkeiten auf der Plattform.',
      detail: null,
    });
    expect(wordNotification('recommendation.comment', 'not json', tDe, 'de').text).toBe(
      'Es gibt Neuigkeiten auf der Plattform.',
    );
    expect(wordNotification('recommendation.comment', json({ reference: 'SB-01' }), tDe, 'de').text).toBe(
      'Neuer Kommentar zu SB-01.',
    );
  });
});

describe('parseParams', () => {
  it('reads only JSON objects', () => {
    expect(parseParams('{"a":1}')).toEqual({ a: 1 });
    expect(parseParams('[1]')).toEqual({});
    expect(parseParams('null')).toEqual({});
    expect(parseParams('{')).toEqual({});
  });
});
