import {
  type Answer,
  answerEntries,
  answerFields,
  answersFromStored,
  describeAnswer,
  type FormQuestion,
  type FormSurvey,
  isVisible,
  missingQuestions,
  move,
  parseNumber,
  questionsById,
  rankingOrder,
  sectionOf,
  textIn,
} from './model';

const texts = (de: string, ar?: string) => [
  { language: 'de', text: de },
  ...(ar ? [{ language: 'ar', text: ar }] : []),
];
const option = (key: string, de: string) => ({ key, label: texts(de) });

function question(id: string, kind: FormQuestion['kind'], more: Partial<FormQuestion> = {}): FormQuestion {
  return {
    id,
    kind,
    required: false,
    allowOther: false,
    text: texts(id),
    help: [],
    options: [],
    condition: null,
    ...more,
  };
}

const work = question('work', 'SINGLE_CHOICE', {
  required: true,
  allowOther: true,
  options: [option('yes', 'Ja'), option('no', 'Nein')],
});
const job = question('job', 'FREE_TEXT', { required: true, condition: { questionId: 'work', optionKeys: ['yes'] } });
const since = question('since', 'DATE', { condition: { questionId: 'job', optionKeys: ['x'] } });
const topics = question('topics', 'MULTIPLE_CHOICE', {
  allowOther: true,
  options: [option('a', 'A'), option('b', 'B')],
});
const rating = question('rating', 'FIELD_RATING', { required: true });
const rank = question('rank', 'RANKING', { options: [option('a', 'A'), option('b', 'B'), option('c', 'C')] });
const age = question('age', 'NUMBER');
const place = question('place', 'MUNICIPALITY');

const survey: FormSurvey = {
  title: texts('Umfrage'),
  intro: [],
  languages: ['de', 'ar'],
  sections: [
    { id: 's1', title: texts('Eins'), description: [], questions: [work, job, since] },
    { id: 's2', title: texts('Zwei'), description: [], questions: [topics, rating, rank, age, place] },
  ],
  fieldsOfAction: [
    { id: 'f1', name: 'Sprache und Bildung' },
    { id: 'f2', name: 'Arbeit und Wirtschaft' },
  ],
  municipalities: [{ id: 'm1', name: 'Gütersloh' }],
};
const byId = questionsById(survey);
const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('isVisible (the API’s rule)', () => {
  it('shows a question without a condition', () => {
    expect(isVisible(work, answers({}), byId)).toBe(true);
  });

  it('shows a conditional question only when its question got one of the options', () => {
    expect(isVisible(job, answers({}), byId)).toBe(false);
    expect(isVisible(job, answers({ work: { choice: 'no' } }), byId)).toBe(false);
    expect(isVisible(job, answers({ work: { choice: 'yes' } }), byId)).toBe(true);
  });

  it('counts multiple choices', () => {
    const q = question('q', 'FREE_TEXT', { condition: { questionId: 'topics', optionKeys: ['b'] } });
    const all = new Map([...byId, ['q', q]]);
    expect(isVisible(q, answers({ topics: { choices: ['a', 'b'] } }), all)).toBe(true);
    expect(isVisible(q, answers({ topics: { choices: ['a'] } }), all)).toBe(false);
  });

  it('hides a question whose condition’s question is hidden or unknown, and survives a cycle', () => {
    expect(isVisible(since, answers({ work: { choice: 'no' }, job: { choice: 'x' } }), byId)).toBe(false);
    expect(
      isVisible(question('q', 'DATE', { condition: { questionId: 'gone', optionKeys: ['a'] } }), answers({}), byId),
    ).toBe(false);
    const a = question('a', 'SINGLE_CHOICE', { condition: { questionId: 'b', optionKeys: ['x'] } });
    const b = question('b', 'SINGLE_CHOICE', { condition: { questionId: 'a', optionKeys: ['x'] } });
    const cycle = new Map([
      ['a', a],
      ['b', b],
    ]);
    expect(isVisible(a, answers({ a: { choice: 'x' }, b: { choice: 'x' } }), cycle)).toBe(false);
  });
});

describe('answerFields: what the API is sent', () => {
  it('holds back "other" until its text is written', () => {
    expect(answerFields(work, { choice: 'other' })).toBeNull();
    expect(answerFields(work, { choice: 'other', other: ' Teilzeit ' })).toEqual({
      choice: 'other',
      other: 'Teilzeit',
    });
    expect(answerFields(work, { choice: 'yes', other: 'alt' })).toEqual({ choice: 'yes' });
    expect(answerFields(topics, { choices: ['b', 'other', 'a'] })).toEqual({ choices: ['a', 'b'] });
    expect(answerFields(topics, { choices: ['other'], other: 'C' })).toEqual({ choices: ['other'], other: 'C' });
    expect(answerFields(topics, { choices: [] })).toBeNull();
  });

  it('sends a number once it is one, with a German comma too', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('1e5')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(answerFields(age, { number: '42' })).toEqual({ number: 42 });
    expect(answerFields(age, { number: 'abc' })).toBeNull();
  });

  it('sends ratings as a list, a ranking only when complete, trimmed text, dates and places', () => {
    expect(answerFields(rating, { ratings: { f1: 4 } })).toEqual({ ratings: [{ fieldOfActionId: 'f1', rating: 4 }] });
    expect(answerFields(rating, { ratings: {} })).toBeNull();
    expect(answerFields(rank, { order: ['c', 'a', 'b'] })).toEqual({ order: ['c', 'a', 'b'] });
    expect(answerFields(rank, { order: ['c'] })).toBeNull();
    expect(answerFields(job, { text: '  ' })).toBeNull();
    expect(answerFields(job, { text: ' Pflege ' })).toEqual({ text: 'Pflege' });
    expect(answerFields(since, { date: '2026-02-30x' })).toBeNull();
    expect(answerFields(since, { date: '2026-02-01' })).toEqual({ date: '2026-02-01' });
    expect(answerFields(place, { municipalityId: 'm1' })).toEqual({ municipalityId: 'm1' });
  });

  it('sends an empty entry for a question without an answer, which removes the stored one', () => {
    const entries = answerEntries(survey, answers({ work: { choice: 'no' } }), new Set(['work', 'job']));
    expect(entries).toEqual([{ questionId: 'work', choice: 'no' }, { questionId: 'job' }]);
  });
});

describe('missingQuestions: what a submission would miss', () => {
  it('names visible required questions without an answer, in order', () => {
    expect(missingQuestions(survey, answers({}))).toEqual(['work', 'rating']);
    expect(missingQuestions(survey, answers({ work: { choice: 'yes' } }))).toEqual(['job', 'rating']);
    expect(missingQuestions(survey, answers({ work: { choice: 'no' }, rating: { ratings: { f2: 1 } } }))).toEqual([]);
    expect(sectionOf(survey, 'rating')).toBe(1);
  });
});

describe('answers from the API and in words', () => {
  it('round-trips the stored shape', () => {
    const stored = answersFromStored([
      {
        questionId: 'rating',
        choice: null,
        choices: null,
        other: null,
        ratings: [{ fieldOfActionId: 'f1', rating: 5 }],
        order: null,
        text: null,
        number: null,
        date: null,
        municipalityId: null,
      },
      {
        questionId: 'age',
        choice: null,
        choices: null,
        other: null,
        ratings: null,
        order: null,
        text: null,
        number: 0,
        date: null,
        municipalityId: null,
      },
    ]);
    expect(stored.get('rating')).toEqual({ ratings: { f1: 5 } });
    expect(stored.get('age')).toEqual({ number: '0' });
  });

  it('describes answers for the summary', () => {
    expect(describeAnswer(work, { choice: 'other', other: 'Rente' }, survey, 'de', 'Sonstiges')).toBe(
      'Sonstiges: Rente',
    );
    expect(describeAnswer(rank, { order: ['b', 'a', 'c'] }, survey, 'de', '')).toBe('1. B; 2. A; 3. C');
    expect(describeAnswer(rating, { ratings: { f2: 3 } }, survey, 'de', '')).toBe('Arbeit und Wirtschaft: 3');
    expect(describeAnswer(place, { municipalityId: 'm1' }, survey, 'de', '')).toBe('Gütersloh');
    expect(describeAnswer(age, undefined, survey, 'de', '')).toBeNull();
  });

  it('picks the language’s text, else the German one', () => {
    expect(textIn(texts('Ja', 'نعم'), 'ar')).toBe('نعم');
    expect(textIn(texts('Ja'), 'uk')).toBe('Ja');
  });
});

describe('ranking', () => {
  it('moves one entry by one place and stops at either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('starts from the options’ order until the respondent sets one', () => {
    expect(rankingOrder(rank, undefined)).toEqual(['a', 'b', 'c']);
    expect(rankingOrder(rank, { order: ['c', 'b', 'a'] })).toEqual(['c', 'b', 'a']);
  });
});
