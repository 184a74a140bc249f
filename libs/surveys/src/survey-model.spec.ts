import { SurveyQuestionKind as K } from '@konzeptwerk/contracts';
import {
  type AnswerValue,
  cleanOptions,
  cleanTexts,
  DEFAULT_LIKERT,
  isComplete,
  isEmptyAnswer,
  isVisible,
  missingTranslations,
  normaliseAnswer,
  type QuestionShape,
} from './survey-model';

const q = (kind: K, extra: Partial<QuestionShape> = {}): QuestionShape => ({
  id: 'q',
  kind,
  required: false,
  options: [
    { key: 'a', label: { de: 'A' } },
    { key: 'b', label: { de: 'B' } },
    { key: 'c', label: { de: 'C' } },
  ],
  allowOther: false,
  condition: null,
  text: { de: 'Frage' },
  ...extra,
});
/** The details of the VALIDATION_FAILED a call throws. */
function refusal(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return (e as { params?: { details?: string } }).params?.details;
  }
  return undefined;
}
const ctx = { fieldOfActionIds: new Set(['f1', 'f2']), municipalityIds: new Set(['m1']) };

describe('conditions', () => {
  const questions = new Map<string, Pick<QuestionShape, 'condition'>>([
    ['q1', { condition: null }],
    ['q2', { condition: { questionId: 'q1', optionKeys: ['yes'] } }],
    ['q3', { condition: { questionId: 'q2', optionKeys: ['a', 'b'] } }],
  ]);
  const answers = (entries: [string, AnswerValue][]) => new Map(entries);

  test('a question is shown when its condition question got one of the options, through a chain', () => {
    expect(isVisible(questions.get('q2')!, answers([['q1', { choice: 'yes' }]]), questions)).toBe(true);
    expect(isVisible(questions.get('q2')!, answers([['q1', { choice: 'no' }]]), questions)).toBe(false);
    expect(isVisible(questions.get('q2')!, answers([]), questions)).toBe(false);
    // q3 depends on q2 (multiple choice), which is hidden when q1 is "no", even with a matching answer stored.
    const a = answers([
      ['q1', { choice: 'no' }],
      ['q2', { choices: ['b'] }],
    ]);
    expect(isVisible(questions.get('q3')!, a, questions)).toBe(false);
    a.set('q1', { choice: 'yes' });
    expect(isVisible(questions.get('q3')!, a, questions)).toBe(true);
  });
});

describe('answers per kind', () => {
  test('choices keep the options’ order and need a text for “other”', () => {
    expect(
      normaliseAnswer(
        q(K.MULTIPLE_CHOICE, { allowOther: true }),
        { choices: ['c', 'other', 'a', 'a'], other: ' x ' },
        ctx,
      ),
    ).toEqual({
      choices: ['a', 'c', 'other'],
      other: 'x',
    });
    expect(() => normaliseAnswer(q(K.MULTIPLE_CHOICE), { choices: ['other'], other: 'x' }, ctx)).toThrow('no “other”');
    expect(() => normaliseAnswer(q(K.SINGLE_CHOICE, { allowOther: true }), { choice: 'other' }, ctx)).toThrow(
      'needs a text',
    );
    expect(() => normaliseAnswer(q(K.SINGLE_CHOICE), { choice: 'z' }, ctx)).toThrow('unknown option');
    expect(normaliseAnswer(q(K.LIKERT, { options: DEFAULT_LIKERT }), { choice: '5', text: 'ignored' }, ctx)).toEqual({
      choice: '5',
    });
  });

  test('ratings, rankings, numbers, dates and places are checked', () => {
    expect(normaliseAnswer(q(K.FIELD_RATING), { ratings: { f1: 5, f2: 1 } }, ctx)).toEqual({
      ratings: { f1: 5, f2: 1 },
    });
    expect(() => normaliseAnswer(q(K.FIELD_RATING), { ratings: { f1: 6 } }, ctx)).toThrow('1 to 5');
    expect(() => normaliseAnswer(q(K.FIELD_RATING), { ratings: { f9: 3 } }, ctx)).toThrow('unknown field');
    expect(normaliseAnswer(q(K.RANKING), { order: ['c', 'a', 'b'] }, ctx)).toEqual({ order: ['c', 'a', 'b'] });
    expect(() => normaliseAnswer(q(K.RANKING), { order: ['c', 'c', 'b'] }, ctx)).toThrow('each option once');
    expect(() => normaliseAnswer(q(K.RANKING), { order: ['c', 'a'] }, ctx)).toThrow('every option');
    expect(normaliseAnswer(q(K.NUMBER), { number: -2.5 }, ctx)).toEqual({ number: -2.5 });
    expect(() => normaliseAnswer(q(K.NUMBER), { number: Number.NaN }, ctx)).toThrow('not a number');
    expect(normaliseAnswer(q(K.DATE), { date: '2026-02-28' }, ctx)).toEqual({ date: '2026-02-28' });
    expect(() => normaliseAnswer(q(K.DATE), { date: '28.02.2026' }, ctx)).toThrow('not a date');
    expect(normaliseAnswer(q(K.MUNICIPALITY), { municipalityId: 'm1' }, ctx)).toEqual({ municipalityId: 'm1' });
    expect(() => normaliseAnswer(q(K.MUNICIPALITY), { municipalityId: 'm2' }, ctx)).toThrow('unknown municipality');
    expect(() => normaliseAnswer(q(K.FREE_TEXT), { text: 'x'.repeat(5001) }, ctx)).toThrow('at most 5000');
  });

  test('empty and complete answers', () => {
    expect(isEmptyAnswer({ text: '   ' })).toBe(true);
    expect(isEmptyAnswer({ choices: [] })).toBe(true);
    expect(isEmptyAnswer({ number: 0 })).toBe(false);
    expect(isComplete(q(K.MULTIPLE_CHOICE), { choices: [] })).toBe(false);
    expect(isComplete(q(K.FIELD_RATING), { ratings: { f1: 3 } })).toBe(true);
    expect(isComplete(q(K.FREE_TEXT), undefined)).toBe(false);
  });
});

describe('texts and options', () => {
  test('languages are checked, empty translations dropped', () => {
    expect(cleanTexts({ de: ' Hallo ', ar: '  ' }, 'title')).toEqual({ de: 'Hallo' });
    expect(refusal(() => cleanTexts({ de: 'x', fr: 'y' }, 'title'))).toBe('title: unknown language fr');
  });

  test('options get defaults for Likert and organisation type, and keys are unique and safe', () => {
    expect(cleanOptions(K.LIKERT, [])).toBe(DEFAULT_LIKERT);
    expect(cleanOptions(K.ORGANISATION_TYPE, null).length).toBeGreaterThan(3);
    expect(cleanOptions(K.FREE_TEXT, [{ key: 'a', label: { de: 'A' } }])).toEqual([]);
    expect(
      cleanOptions(K.SINGLE_CHOICE, [
        { key: '', label: { de: 'A' } },
        { key: '', label: { de: 'B' } },
      ]).map((o) => o.key),
    ).toEqual(['1', '2']);
    expect(() =>
      cleanOptions(K.SINGLE_CHOICE, [
        { key: 'a b', label: { de: 'A' } },
        { key: 'c', label: { de: 'C' } },
      ]),
    ).toThrow();
    expect(refusal(() => cleanOptions(K.RANKING, [{ key: 'a', label: { de: 'A' } }]))).toBe('options: at least two');
  });

  test('missing translations are counted per language among texts that have German', () => {
    expect(missingTranslations([{ de: 'a', ar: 'ا' }, { de: 'b' }, {}], ['de', 'ar', 'uk'])).toEqual({
      de: 0,
      ar: 1,
      uk: 2,
    });
  });
});
