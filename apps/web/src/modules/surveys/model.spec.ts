import type { SurveyQuestionKind } from '../../gql/graphql';
import {
  addOption,
  checkQuestion,
  conditionKeysOf,
  conditionSources,
  emptyQuestion,
  languageAttributes,
  moveItem,
  nextOptionKey,
  orderedLanguages,
  parseInvitees,
  parseReminderDays,
  publicLink,
  questionInput,
  textsInput,
  withKind,
} from './model';

describe('languageAttributes', () => {
  it('writes Arabic right to left and Leichte Sprache as German', () => {
    expect(languageAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAttributes('ls')).toEqual({ lang: 'de', dir: 'ltr' });
    expect(languageAttributes('uk')).toEqual({ lang: 'uk', dir: 'ltr' });
  });
});

describe('orderedLanguages', () => {
  it('puts German first and keeps the fixed order', () => {
    expect(orderedLanguages(['ar', 'en'])).toEqual(['de', 'en', 'ar']);
  });
});

describe('textsInput', () => {
  it('trims and leaves out empty languages', () => {
    expect(textsInput({ de: ' Frage ', en: '  ', ar: 'سؤال' })).toEqual([
      { language: 'de', text: 'Frage' },
      { language: 'ar', text: 'سؤال' },
    ]);
  });
});

describe('option keys', () => {
  it('numbers a new option after the highest key, so kept keys stay', () => {
    expect(
      nextOptionKey([
        { key: '2', label: {} },
        { key: 'ja', label: {} },
      ]),
    ).toBe('3');
    expect(nextOptionKey([])).toBe('1');
    expect(addOption([{ key: '1', label: {} }]).map((o) => o.key)).toEqual(['1', '2']);
  });
});

describe('moveItem', () => {
  it('moves within the list and not out of it', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('withKind', () => {
  it('leaves a Likert question without options of its own, so the API gives the scale', () => {
    expect(withKind(emptyQuestion(), 'LIKERT').options).toEqual([]);
  });
  it('keeps filled options and drops them for kinds without options', () => {
    const draft = {
      ...emptyQuestion(),
      options: [
        { key: '1', label: { de: 'Ja' } },
        { key: '2', label: { de: 'Nein' } },
      ],
    };
    expect(withKind(draft, 'LIKERT').options).toHaveLength(2);
    expect(withKind(draft, 'FREE_TEXT').options).toEqual([]);
  });
  it('offers "other" only where it is possible', () => {
    expect(withKind({ ...emptyQuestion(), allowOther: true }, 'RANKING').allowOther).toBe(false);
  });
});

describe('checkQuestion', () => {
  it('asks for the German text, two options with German labels and a condition answer', () => {
    expect(checkQuestion({ ...emptyQuestion(), conditionQuestionId: 'q1' })).toEqual([
      'textRequired',
      'optionLabelRequired',
      'conditionKeys',
    ]);
    expect(
      checkQuestion({ ...emptyQuestion(), text: { de: 'Wie?' }, options: [{ key: '1', label: { de: 'a' } }] }),
    ).toEqual(['optionsTooFew']);
  });
  it('accepts a Likert question without options', () => {
    expect(checkQuestion({ ...withKind(emptyQuestion(), 'LIKERT'), text: { de: 'Stimmt das?' } })).toEqual([]);
  });
});

describe('questionInput', () => {
  it('sends options only for kinds that have them, and the condition when one is chosen', () => {
    const input = questionInput('s1', {
      ...emptyQuestion(),
      text: { de: 'Wie?', ar: 'كيف؟' },
      options: [
        { key: '1', label: { de: 'gut' } },
        { key: ' ', label: { de: 'schlecht' } },
      ],
      conditionQuestionId: 'q0',
      conditionKeys: ['2'],
    });
    expect(input.options).toEqual([
      { key: '1', label: [{ language: 'de', text: 'gut' }] },
      { key: null, label: [{ language: 'de', text: 'schlecht' }] },
    ]);
    expect(input.condition).toEqual({ questionId: 'q0', optionKeys: ['2'] });
    expect(questionInput('s1', { ...emptyQuestion(), kind: 'NUMBER' }).options).toEqual([]);
    expect(questionInput('s1', emptyQuestion()).condition).toBeNull();
  });
});

describe('conditionSources', () => {
  const q = (id: string, kind: SurveyQuestionKind) => ({ id, kind });
  const sections = [
    { id: 's1', questions: [q('a', 'SINGLE_CHOICE'), q('b', 'RANKING'), q('c', 'FREE_TEXT')] },
    { id: 's2', questions: [q('d', 'MULTIPLE_CHOICE'), q('e', 'LIKERT')] },
    { id: 's3', questions: [q('f', 'ORGANISATION_TYPE')] },
  ];
  it('offers the choice questions before a question, never a ranking', () => {
    expect(conditionSources(sections, 'e', 's2').map((x) => x.id)).toEqual(['a', 'd']);
    expect(conditionSources(sections, 'a', 's1')).toEqual([]);
  });
  it('offers everything up to the end of the section a new question goes to', () => {
    expect(conditionSources(sections, null, 's2').map((x) => x.id)).toEqual(['a', 'd', 'e']);
  });
});

describe('conditionKeysOf', () => {
  it('lists the options with their German label and "other" when offered', () => {
    expect(
      conditionKeysOf({ allowOther: true, options: [{ key: 'x', label: [{ language: 'de', text: 'Ja' }] }] }),
    ).toEqual([
      { key: 'x', label: 'Ja' },
      { key: 'other', label: '' },
    ]);
  });
});

describe('parseReminderDays', () => {
  it('reads whole days, largest first, and refuses anything else', () => {
    expect(parseReminderDays('2, 7')).toEqual([7, 2]);
    expect(parseReminderDays('')).toEqual([]);
    expect(parseReminderDays('0')).toBeNull();
    expect(parseReminderDays('1,2,3,4,5,6')).toBeNull();
    expect(parseReminderDays('drei')).toBeNull();
  });
});

describe('parseInvitees', () => {
  it('reads "email; name" lines, tabs from spreadsheets, skips blanks and repeats, names bad lines', () => {
    expect(parseInvitees('a@example.org; Anna Alt\n\nb@example.org\tBernd\nA@example.org\nkeine Adresse; X\n')).toEqual(
      {
        invitees: [
          { email: 'a@example.org', name: 'Anna Alt' },
          { email: 'b@example.org', name: 'Bernd' },
        ],
        invalidLines: [5],
      },
    );
  });
});

describe('publicLink', () => {
  it('is the respond page under the origin', () => {
    expect(publicLink('https://konzeptwerk.example', 'abc')).toBe('https://konzeptwerk.example/umfrage/abc');
  });
});
