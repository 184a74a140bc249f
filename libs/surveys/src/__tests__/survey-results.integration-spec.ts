import {
  asCaller,
  dataOf,
  errorCode,
  seedFixtures,
  signInAll,
  startTestApi,
  TEST_PASSWORD,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import { protectGroups } from '../results.service';

let api: TestApi;
let f: Fixtures;
let as: ReturnType<typeof asCaller>;
let fields: Record<'sb' | 'aw', string>;
let parents: string;
let places: Record<'g' | 'r' | 'v' | 'h', string>;
let surveyId: string;
const q: Record<string, string> = {};

const de = (text: string) => [{ language: 'de', text }];
const opts = (...labels: string[]) => labels.map((l, i) => ({ key: `o${i + 1}`, label: de(l) }));
const coordinator = (query: string, variables: Record<string, unknown> = {}) => as('coordinatorA')(query, variables);
const one = async (sql: string, params: unknown[]) => ((await api.ds.query(sql, params)) as { id: string }[])[0].id;
const DAY = 86_400_000;

const SUBMIT = `mutation($t:String!,$a:[SurveyAnswerInput!]!){ submitSurveyResponse(token:$t, language:"de", answers:$a){ submittedAt } }`;
const SAVE = `mutation($t:String!,$a:[SurveyAnswerInput!]!){ saveSurveyAnswers(token:$t, language:"de", answers:$a){ savedAt } }`;
const RESULTS = `query($s:ID!){ surveyResults(surveyId:$s){ surveyId submitted
  audiences { audience invited started submitted responseRate }
  questions { questionId kind text { language text } answered options { key label { language text } count }
    fieldRatings { fieldOfActionId name count average distribution } ranks { key averageRank }
    numberSummary { count min max mean median } } } }`;
const BREAKDOWN = `query($s:ID!,$q:ID!,$by:SurveyBreakdown!){ surveyBreakdown(surveyId:$s, questionId:$q, by:$by){
  questionId by suppressed groups { key label respondents merged options { key count } } } }`;
const FREE_TEXTS = `query($s:ID!,$q:ID){ surveyFreeTexts(surveyId:$s, questionId:$q){ responseId questionId
  questionText { text } text isOther language submittedAt coding { fieldOfActionIds targetGroupIds } findingIds } }`;
const CODE = `mutation($r:ID!,$q:ID!,$f:[ID!]!,$t:[ID!]!){ codeSurveyAnswer(responseId:$r, questionId:$q, fieldOfActionIds:$f, targetGroupIds:$t){ responseId questionId fieldOfActionIds targetGroupIds } }`;
const SAVE_INTERVIEW = `mutation($r:ID!,$i:InterviewInput!,$id:ID,$v:Int){ saveInterview(revisionId:$r, input:$i, id:$id, version:$v){ id version pseudonym consentTextVersion notes } }`;
const SAVE_FINDING = `mutation($r:ID!,$i:FindingInput!,$id:ID,$v:Int){ saveFinding(revisionId:$r, input:$i, id:$id, version:$v){ id version title } }`;
const ADD_SOURCE = `mutation($f:ID!,$r:ID,$q:ID,$i:ID,$e:String){ addFindingSource(findingId:$f, responseId:$r, questionId:$q, interviewId:$i, excerpt:$e){ id kind excerpt responseId questionId interviewId } }`;
const FINDINGS = `query($r:ID!,$f:ID){ findings(revisionId:$r, fieldOfActionId:$f){ id title fieldOfActionId sources { id kind excerpt } } }`;

/** One public respondent's answers; `undefined` leaves a question out. */
interface Respondent {
  place: string;
  role: string;
  roleOther?: string;
  likert: string;
  topics?: string[];
  topicsOther?: string;
  sb?: number;
  aw?: number;
  order?: string[];
  number?: number;
  text?: string;
  type?: string;
  typeOther?: string;
}

function answers(r: Respondent) {
  const list: Record<string, unknown>[] = [
    { questionId: q.place, municipalityId: r.place },
    { questionId: q.role, choice: r.role, other: r.roleOther ?? null },
    { questionId: q.likert, choice: r.likert },
  ];
  if (r.topics) list.push({ questionId: q.topics, choices: r.topics, other: r.topicsOther ?? null });
  if (r.sb)
    list.push({
      questionId: q.rating,
      ratings: [
        { fieldOfActionId: fields.sb, rating: r.sb },
        { fieldOfActionId: fields.aw, rating: r.aw },
      ],
    });
  if (r.order) list.push({ questionId: q.ranking, order: r.order });
  if (r.number !== undefined) list.push({ questionId: q.number, number: r.number });
  if (r.text) list.push({ questionId: q.text, text: r.text });
  if (r.type) list.push({ questionId: q.type, choice: r.type, other: r.typeOther ?? null });
  return list;
}

const TEXTS = ['Mehr Sprachkurse am Abend', 'Kinderbetreuung während der Kurse', 'Beratung auch auf Arabisch'];
const NUMBERS = [3, 10, 1, 7, 4];
const TYPES = ['wohlfahrt', 'wohlfahrt', 'wohlfahrt', 'wohlfahrt', 'wohlfahrt', 'wohlfahrt', 'schule', 'schule'];

/**
 * Thirteen public respondents: Gütersloh 7, Rheda-Wiedenbrück 3, Verl 2, Harsewinkel 1. Every i-th respondent's
 * answers follow a simple rule so the expected counts below can be read off.
 */
function publicRespondents(): Respondent[] {
  const placeOf = [...Array(7).fill(places.g), ...Array(3).fill(places.r), ...Array(2).fill(places.v), places.h];
  return placeOf.map((place: string, i) => ({
    place,
    role: i < 8 ? 'o1' : i < 12 ? 'o2' : 'other',
    roleOther: i === 12 ? 'Ehrenamtlich tätig' : undefined,
    likert: String((i % 5) + 1),
    topics: [['o1', 'o2'], ['o1'], ['o3', 'other'], ['o1']][i],
    topicsOther: i === 2 ? 'Gesundheit' : undefined,
    sb: i < 10 ? (i % 5) + 1 : undefined,
    aw: i < 10 ? 4 : undefined,
    order: i < 6 ? (i < 4 ? ['o1', 'o2', 'o3'] : ['o3', 'o1', 'o2']) : undefined,
    number: NUMBERS[i],
    text: TEXTS[i],
    type: [...TYPES, 'schule', 'migrantenorganisation', 'migrantenorganisation', 'other'][i],
    typeOther: i === 11 ? 'Sportverein' : undefined,
  }));
}

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  as = asCaller(api, await signInAll(api, f, ['coordinatorA', 'coordinatorB', 'participant', 'outsider', 'admin']));
  fields = {
    sb: await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache und Bildung', 'SB', 1, 1) RETURNING id`,
      [f.revisionA],
    ),
    aw: await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Arbeit und Wirtschaft', 'AW', 2, 1) RETURNING id`,
      [f.revisionA],
    ),
  };
  parents = await one(
    `INSERT INTO target_group (revision_id, name, position, version) VALUES ($1, 'Eltern', 1, 1) RETURNING id`,
    [f.revisionA],
  );
  const municipality = (name: string) =>
    one(`INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, 'STADT') RETURNING id`, [f.regionA, name]);
  places = {
    g: f.municipalityA2,
    r: f.municipalityA,
    v: await municipality('Verl'),
    h: await municipality('Harsewinkel'),
  };

  surveyId = dataOf(
    await coordinator(`mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ id } }`, {
      r: f.revisionA,
      i: {
        title: de('Umfrage zur Integration im Kreis Gütersloh'),
        languages: ['de', 'ar'],
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      },
    }),
  ).createSurvey.id;
  const section = dataOf(
    await coordinator('mutation($s:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, input:$i){ id } }', {
      s: surveyId,
      i: { title: de('Fragen') },
    }),
  ).saveSurveySection.id as string;
  const add = async (name: string, input: Record<string, unknown>) => {
    q[name] = dataOf(
      await coordinator('mutation($s:ID!,$i:SurveyQuestionInput!){ saveSurveyQuestion(surveyId:$s, input:$i){ id } }', {
        s: surveyId,
        i: { sectionId: section, required: false, ...input },
      }),
    ).saveSurveyQuestion.id;
  };
  await add('place', { kind: 'MUNICIPALITY', text: de('In welcher Kommune leben oder arbeiten Sie?') });
  await add('role', {
    kind: 'SINGLE_CHOICE',
    text: de('Arbeiten Sie hauptamtlich in der Integrationsarbeit?'),
    options: opts('Ja', 'Nein'),
    allowOther: true,
  });
  await add('type', {
    kind: 'ORGANISATION_TYPE',
    text: de('Für welche Art von Organisation antworten Sie?'),
    allowOther: true,
  });
  await add('topics', {
    kind: 'MULTIPLE_CHOICE',
    text: de('Welche Themen sind Ihnen wichtig?'),
    options: opts('Sprache', 'Arbeit', 'Wohnen'),
    allowOther: true,
  });
  await add('likert', { kind: 'LIKERT', required: true, text: de('Die Angebote sind gut bekannt.') });
  await add('rating', { kind: 'FIELD_RATING', text: de('Wie gut ist die Lage in den Handlungsfeldern?') });
  await add('ranking', {
    kind: 'RANKING',
    text: de('Was ist am dringendsten?'),
    options: opts('Kita', 'Kurse', 'Wohnraum'),
  });
  await add('number', { kind: 'NUMBER', text: de('Wie viele Menschen erreicht Ihr Angebot im Monat?') });
  await add('text', { kind: 'FREE_TEXT', text: de('Was fehlt im Kreis?') });
  dataOf(await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id: surveyId }));
  const { publicToken } = dataOf(
    await coordinator('mutation($id:ID!){ setSurveyPublicLink(id:$id, enabled:true){ publicToken } }', {
      id: surveyId,
    }),
  ).setSurveyPublicLink;

  const start = async () =>
    dataOf(
      await as('anonymous')('mutation($p:String!){ startSurveyResponse(publicToken:$p, language:"de") }', {
        p: publicToken,
      }),
    ).startSurveyResponse as string;
  for (const r of publicRespondents()) dataOf(await as('anonymous')(SUBMIT, { t: await start(), a: answers(r) }));
  // A public respondent who never submits: their answers must not count anywhere.
  dataOf(
    await as('anonymous')(SAVE, {
      t: await start(),
      a: [
        { questionId: q.number, number: 1000 },
        { questionId: q.text, text: 'Nie abgeschickt' },
      ],
    }),
  );

  // Invitations: three organisations in Rheda-Wiedenbrück (two submit, without a municipality answer), one person who only starts.
  dataOf(
    await coordinator(
      'mutation($s:ID!,$i:[SurveyInviteeInput!]!){ inviteToSurvey(surveyId:$s, invitees:$i){ invited } }',
      {
        s: surveyId,
        i: [
          ...['a', 'b', 'c'].map((x) => ({
            email: `org-${x}@example.org`,
            audience: 'ORGANISATION',
            municipalityId: places.r,
          })),
          { email: 'person@example.org', audience: 'PERSON' },
        ],
      },
    ),
  );
  const token = async (email: string) =>
    ((await api.ds.query(`SELECT token FROM survey_invitation WHERE email = $1`, [email])) as { token: string }[])[0]
      .token;
  for (const email of ['org-a@example.org', 'org-b@example.org'])
    dataOf(await as('anonymous')(SUBMIT, { t: await token(email), a: [{ questionId: q.likert, choice: '5' }] }));
  dataOf(
    await as('anonymous')(SAVE, { t: await token('person@example.org'), a: [{ questionId: q.likert, choice: '1' }] }),
  );
});
afterAll(() => api?.close());

type Result = {
  questionId: string;
  answered: number;
  options: { key: string; label: { language: string; text: string }[]; count: number }[];
  fieldRatings: {
    fieldOfActionId: string;
    name: string;
    count: number;
    average: number | null;
    distribution: number[];
  }[];
  ranks: { key: string; averageRank: number }[];
  numberSummary: Record<string, number> | null;
};
const counts = (r: Result) => Object.fromEntries(r.options.map((o) => [o.key, o.count]));

describe('survey results', () => {
  test('counts only submitted responses: per audience with response rates, and a chart per question', async () => {
    const results = dataOf(await coordinator(RESULTS, { s: surveyId })).surveyResults;
    expect(results.submitted).toBe(15);
    expect(results.audiences).toEqual([
      { audience: 'ORGANISATION', invited: 3, started: 2, submitted: 2, responseRate: 0.667 },
      { audience: 'PERSON', invited: 1, started: 1, submitted: 0, responseRate: 0 },
      { audience: 'MUNICIPALITY', invited: 0, started: 0, submitted: 0, responseRate: null },
      { audience: 'PUBLIC', invited: 0, started: 14, submitted: 13, responseRate: null },
    ]);
    const by = new Map<string, Result>(results.questions.map((r: Result) => [r.questionId, r]));
    const place = by.get(q.place)!;
    expect(place.answered).toBe(13);
    expect(counts(place)).toEqual({ [places.g]: 7, [places.r]: 3, [places.v]: 2, [places.h]: 1 });
    expect(place.options.find((o) => o.key === places.v)!.label).toEqual([{ language: 'de', text: 'Verl' }]);
    expect(counts(by.get(q.role)!)).toEqual({ o1: 8, o2: 4, other: 1 });
    expect(by.get(q.role)!.options[2].label).toEqual([
      { language: 'de', text: 'Sonstiges' },
      { language: 'en', text: 'Other' },
    ]);
    // Likert: i % 5 + 1 for the thirteen public respondents, 5 from both invitees; the unsubmitted 1 is not there.
    expect(by.get(q.likert)!.answered).toBe(15);
    expect(counts(by.get(q.likert)!)).toEqual({ '1': 3, '2': 3, '3': 3, '4': 2, '5': 4 });
    expect(counts(by.get(q.topics)!)).toEqual({ o1: 3, o2: 1, o3: 1, other: 1 });
    expect(by.get(q.topics)!.answered).toBe(4);
    const type = counts(by.get(q.type)!);
    expect([type.wohlfahrt, type.schule, type.migrantenorganisation, type.other, type.verwaltung]).toEqual([
      6, 3, 2, 1, 0,
    ]);
    expect(by.get(q.rating)!.fieldRatings).toEqual([
      {
        fieldOfActionId: fields.sb,
        name: 'Sprache und Bildung',
        count: 10,
        average: 3,
        distribution: [2, 2, 2, 2, 2],
      },
      {
        fieldOfActionId: fields.aw,
        name: 'Arbeit und Wirtschaft',
        count: 10,
        average: 4,
        distribution: [0, 0, 0, 10, 0],
      },
    ]);
    // Four put Kita first, two Wohnraum: Kita 8/6, Kurse 14/6, Wohnraum 14/6.
    expect(by.get(q.ranking)!.ranks).toEqual([
      { key: 'o1', averageRank: 1.333 },
      { key: 'o2', averageRank: 2.333 },
      { key: 'o3', averageRank: 2.333 },
    ]);
    expect(by.get(q.number)!.numberSummary).toEqual({ count: 5, min: 1, max: 10, mean: 5, median: 4 });
    expect(by.get(q.text)!.answered).toBe(3);
    expect(by.get(q.text)!.options).toEqual([]);
  });

  test('breakdowns never show a group of fewer than five respondents', async () => {
    const breakdown = async (question: string, by: string) =>
      dataOf(await coordinator(BREAKDOWN, { s: surveyId, q: question, by })).surveyBreakdown as {
        suppressed: number;
        groups: {
          key: string;
          label: string;
          respondents: number;
          merged: boolean;
          options: { key: string; count: number }[];
        }[];
      };
    // Gütersloh 7, Rheda-Wiedenbrück 3 + the two invitees' 2 = 5, Verl 2, Harsewinkel 1: Verl and Harsewinkel (3)
    // are too few together, so the smallest shown group, Rheda-Wiedenbrück, joins them.
    const places = await breakdown(q.likert, 'MUNICIPALITY');
    expect(places.groups.map(({ key, label, respondents, merged }) => ({ key, label, respondents, merged }))).toEqual([
      { key: expect.any(String), label: 'Gütersloh', respondents: 7, merged: false },
      { key: 'merged', label: 'Weitere (zusammengefasst)', respondents: 8, merged: true },
    ]);
    expect(places.suppressed).toBe(8);
    // Gütersloh: respondents 0–6 answered 1,2,3,4,5,1,2.
    expect(Object.fromEntries(places.groups[0].options.map((o) => [o.key, o.count]))).toEqual({
      '1': 2,
      '2': 2,
      '3': 1,
      '4': 1,
      '5': 1,
    });
    expect(places.groups[1].options.reduce((n, o) => n + o.count, 0)).toBe(8);

    // By respondent type: Wohlfahrtsverband 6 shown; Schule 3, Migrantenorganisation 2, invited organisations 2,
    // “other” 1 and the one public respondent without a type (1) merged into 9.
    const types = await breakdown(q.likert, 'RESPONDENT_TYPE');
    expect(types.groups.map(({ label, respondents, merged }) => ({ label, respondents, merged }))).toEqual([
      { label: 'Wohlfahrtsverband', respondents: 6, merged: false },
      { label: 'Weitere (zusammengefasst)', respondents: 9, merged: true },
    ]);
    expect(types.suppressed).toBe(9);

    // Only four answered the topics: even all together are too few, so no group is shown.
    const topics = await breakdown(q.topics, 'MUNICIPALITY');
    expect(topics).toEqual({ questionId: q.topics, by: 'MUNICIPALITY', suppressed: 4, groups: [] });

    for (const question of [q.likert, q.topics, q.place, q.type, q.rating, q.ranking, q.role])
      for (const by of ['MUNICIPALITY', 'RESPONDENT_TYPE'])
        for (const g of (await breakdown(question, by)).groups) expect(g.respondents).toBeGreaterThanOrEqual(5);

    const open = await coordinator(BREAKDOWN, { s: surveyId, q: q.text, by: 'MUNICIPALITY' });
    expect(errorCode(open)).toBe('VALIDATION_FAILED');
    expect(errorCode(await coordinator(BREAKDOWN, { s: surveyId, q: q.number, by: 'MUNICIPALITY' }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  test('the rule of five, group by group', () => {
    const g = (key: string, respondents: number) => ({
      key,
      label: key,
      respondents,
      options: [{ key: 'x', label: {}, count: respondents }],
    });
    expect(protectGroups([g('a', 5), g('b', 6)])).toEqual({
      groups: [
        { ...g('b', 6), merged: false },
        { ...g('a', 5), merged: false },
      ],
      suppressed: 0,
    });
    const two = protectGroups([g('a', 7), g('b', 3), g('c', 2), g('d', 1)]);
    expect(two.groups.map((x) => [x.key, x.respondents, x.options[0].count])).toEqual([
      ['a', 7, 7],
      ['merged', 6, 6],
    ]);
    // Everything merged: 4 + 3 + 2 is enough together.
    expect(protectGroups([g('a', 4), g('b', 3), g('c', 2)]).groups.map((x) => [x.key, x.respondents])).toEqual([
      ['merged', 9],
    ]);
    // One group of 1 and one of 6: merging takes the 6 too, so nothing is shown apart.
    expect(protectGroups([g('a', 6), g('b', 1)]).groups.map((x) => [x.key, x.respondents])).toEqual([['merged', 7]]);
    expect(protectGroups([g('a', 2), g('b', 2)])).toEqual({ groups: [], suppressed: 4 });
  });

  test('free texts and “other” texts are listed, coded to fields and target groups of the revision', async () => {
    const all = dataOf(await coordinator(FREE_TEXTS, { s: surveyId })).surveyFreeTexts as {
      responseId: string;
      questionId: string;
      text: string;
      isOther: boolean;
      language: string;
      coding: unknown;
      findingIds: string[];
    }[];
    expect(all.map((a) => [a.text, a.isOther]).sort()).toEqual(
      [
        ['Beratung auch auf Arabisch', false],
        ['Ehrenamtlich tätig', true],
        ['Gesundheit', true],
        ['Kinderbetreuung während der Kurse', false],
        ['Mehr Sprachkurse am Abend', false],
        ['Sportverein', true],
      ].sort(),
    );
    expect(all.every((a) => a.language === 'de' && a.coding === null && a.findingIds.length === 0)).toBe(true);
    const texts = dataOf(await coordinator(FREE_TEXTS, { s: surveyId, q: q.text })).surveyFreeTexts as typeof all;
    expect(texts.map((a) => a.text)).toEqual(TEXTS);

    const childcare = texts[1];
    const coded = dataOf(
      await coordinator(CODE, { r: childcare.responseId, q: childcare.questionId, f: [fields.sb], t: [parents] }),
    ).codeSurveyAnswer;
    expect(coded).toEqual({
      responseId: childcare.responseId,
      questionId: q.text,
      fieldOfActionIds: [fields.sb],
      targetGroupIds: [parents],
    });
    // Coding again replaces the coding.
    dataOf(await coordinator(CODE, { r: childcare.responseId, q: q.text, f: [fields.sb, fields.aw], t: [parents] }));
    const after = dataOf(await coordinator(FREE_TEXTS, { s: surveyId, q: q.text })).surveyFreeTexts as typeof all;
    expect(after[1].coding).toEqual({ fieldOfActionIds: [fields.sb, fields.aw], targetGroupIds: [parents] });
    const sport = all.find((a) => a.text === 'Sportverein')!;
    dataOf(await coordinator(CODE, { r: sport.responseId, q: sport.questionId, f: [fields.aw], t: [] }));

    const foreignField = await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Fremd', 'FR', 1, 1) RETURNING id`,
      [f.revisionB],
    );
    for (const variables of [
      { r: childcare.responseId, q: q.text, f: [foreignField], t: [] },
      { r: childcare.responseId, q: q.text, f: [], t: [fields.sb] },
      { r: childcare.responseId, q: q.likert, f: [fields.sb], t: [] },
    ])
      expect(errorCode(await coordinator(CODE, variables))).toBe('VALIDATION_FAILED');
    const audit = (await api.ds.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'survey.answer.coded' AND entity_id = $1`,
      [childcare.responseId],
    )) as { n: number }[];
    expect(audit[0].n).toBe(2);
  });

  test('only the coordinators of the region see results, breakdowns and free texts, and code', async () => {
    const free = dataOf(await coordinator(FREE_TEXTS, { s: surveyId, q: q.text })).surveyFreeTexts[0] as {
      responseId: string;
    };
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['admin', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['outsider', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      expect(errorCode(await as(who)(RESULTS, { s: surveyId }))).toBe(expected);
      expect(errorCode(await as(who)(BREAKDOWN, { s: surveyId, q: q.likert, by: 'MUNICIPALITY' }))).toBe(expected);
      expect(errorCode(await as(who)(FREE_TEXTS, { s: surveyId }))).toBe(expected);
      expect(errorCode(await as(who)(CODE, { r: free.responseId, q: q.text, f: [], t: [] }))).toBe(expected);
    }
  });
});

describe('interviews and findings', () => {
  const interview = (overrides: Record<string, unknown> = {}) => ({
    heldOn: new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10),
    category: 'PERSON_WITH_MIGRATION_HISTORY',
    pseudonym: 'I-07',
    consentGiven: true,
    consentTextVersion: '2026-09',
    notes:
      'Die Interviewte berichtet: Ohne Kinderbetreuung kann ich keinen Sprachkurs besuchen.\nDer Weg nach Gütersloh dauert lange.',
    fieldOfActionIds: [fields.sb],
    targetGroupIds: [parents],
    ...overrides,
  });
  let interviewId: string;
  let findingId: string;

  test('an interview is recorded only with consent, under a pseudonym, held on a past day; changes are locked optimistically', async () => {
    const refused = await coordinator(SAVE_INTERVIEW, { r: f.revisionA, i: interview({ consentGiven: false }) });
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors![0].message).toMatch(/consent/);
    for (const [bad, message] of [
      [{ pseudonym: 'fatma.yilmaz@example.org' }, /pseudonym/],
      [{ heldOn: new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10) }, /heldOn/],
      [{ heldOn: '12.10.2026' }, /heldOn/],
      [{ consentTextVersion: ' ' }, /consentTextVersion/],
      [{ fieldOfActionIds: [parents] }, /fieldOfActionIds/],
    ] as const) {
      const r = await coordinator(SAVE_INTERVIEW, { r: f.revisionA, i: interview(bad) });
      expect([errorCode(r), r.errors?.[0]?.message]).toEqual(['VALIDATION_FAILED', expect.stringMatching(message)]);
    }
    expect(Number((await api.ds.query(`SELECT count(*) AS n FROM interview`))[0].n)).toBe(0);

    const saved = dataOf(await coordinator(SAVE_INTERVIEW, { r: f.revisionA, i: interview() })).saveInterview;
    expect(saved).toMatchObject({ pseudonym: 'I-07', consentTextVersion: '2026-09', version: 1 });
    interviewId = saved.id;
    const stale = await coordinator(SAVE_INTERVIEW, { r: f.revisionA, i: interview(), id: saved.id, v: 7 });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    const changed = dataOf(
      await coordinator(SAVE_INTERVIEW, { r: f.revisionA, i: interview({ pseudonym: 'I-08' }), id: saved.id, v: 1 }),
    ).saveInterview;
    expect(changed).toMatchObject({ pseudonym: 'I-08', version: 2 });
    const list = dataOf(
      await coordinator('query($r:ID!){ interviews(revisionId:$r){ id pseudonym category heldOn } }', {
        r: f.revisionA,
      }),
    ).interviews;
    expect(list).toEqual([
      { id: saved.id, pseudonym: 'I-08', category: 'PERSON_WITH_MIGRATION_HISTORY', heldOn: interview().heldOn },
    ]);
    // The audit trail records the interview without its notes.
    const [entry] = (await api.ds.query(
      `SELECT after FROM audit_entry WHERE action = 'interview.created' AND entity_id = $1`,
      [saved.id],
    )) as { after: Record<string, unknown> }[];
    expect(entry.after).toMatchObject({ pseudonym: 'I-07', consentTextVersion: '2026-09' });
    expect(entry.after.notes).toBeUndefined();
  });

  test('findings cite a survey answer (its text copied) and a passage that occurs in an interview’s notes', async () => {
    const finding = dataOf(
      await coordinator(SAVE_FINDING, {
        r: f.revisionA,
        i: {
          fieldOfActionId: fields.sb,
          title: 'Kinderbetreuung fehlt während der Sprachkurse',
          summary: 'Eltern können Kurse ohne Betreuung nicht besuchen.',
          targetGroupIds: [parents],
        },
      }),
    ).saveFinding;
    findingId = finding.id;
    const childcare = (
      dataOf(await coordinator(FREE_TEXTS, { s: surveyId, q: q.text })).surveyFreeTexts as {
        responseId: string;
        text: string;
      }[]
    )[1];
    const fromAnswer = dataOf(
      await coordinator(ADD_SOURCE, { f: finding.id, r: childcare.responseId, q: q.text }),
    ).addFindingSource;
    expect(fromAnswer).toMatchObject({
      kind: 'SURVEY_ANSWER',
      excerpt: 'Kinderbetreuung während der Kurse',
      responseId: childcare.responseId,
      questionId: q.text,
      interviewId: null,
    });
    const fromInterview = dataOf(
      await coordinator(ADD_SOURCE, {
        f: finding.id,
        i: interviewId,
        e: 'Ohne Kinderbetreuung kann ich keinen Sprachkurs besuchen.',
      }),
    ).addFindingSource;
    expect(fromInterview).toMatchObject({ kind: 'INTERVIEW', interviewId, responseId: null });

    const notInNotes = await coordinator(ADD_SOURCE, {
      f: finding.id,
      i: interviewId,
      e: 'Die Busse fahren zu selten.',
    });
    expect([errorCode(notInNotes), notInNotes.errors?.[0]?.message]).toEqual([
      'VALIDATION_FAILED',
      expect.stringMatching(/excerpt/),
    ]);
    expect(errorCode(await coordinator(ADD_SOURCE, { f: finding.id, i: interviewId }))).toBe('VALIDATION_FAILED');
    // An answer of a response that was never submitted is refused.
    const [unsubmitted] = (await api.ds.query(
      `SELECT id FROM survey_response WHERE survey_id = $1 AND submitted_at IS NULL AND audience = 'PUBLIC'`,
      [surveyId],
    )) as { id: string }[];
    const early = await coordinator(ADD_SOURCE, { f: finding.id, r: unsubmitted.id, q: q.text });
    expect([errorCode(early), early.errors?.[0]?.message]).toEqual([
      'VALIDATION_FAILED',
      expect.stringMatching(/submitted/),
    ]);
    // A closed answer has no text to quote.
    expect(errorCode(await coordinator(ADD_SOURCE, { f: finding.id, r: childcare.responseId, q: q.likert }))).toBe(
      'VALIDATION_FAILED',
    );

    // The free-text list shows which findings cite an answer.
    const texts = dataOf(await coordinator(FREE_TEXTS, { s: surveyId, q: q.text })).surveyFreeTexts as {
      findingIds: string[];
    }[];
    expect(texts.map((t) => t.findingIds)).toEqual([[], [finding.id], []]);

    // Every member of the revision reads the findings with their sources.
    const read = dataOf(await as('participant')(FINDINGS, { r: f.revisionA, f: fields.sb })).findings;
    expect(read).toEqual([
      {
        id: finding.id,
        title: 'Kinderbetreuung fehlt während der Sprachkurse',
        fieldOfActionId: fields.sb,
        sources: [
          { id: fromAnswer.id, kind: 'SURVEY_ANSWER', excerpt: 'Kinderbetreuung während der Kurse' },
          {
            id: fromInterview.id,
            kind: 'INTERVIEW',
            excerpt: 'Ohne Kinderbetreuung kann ich keinen Sprachkurs besuchen.',
          },
        ],
      },
    ]);
    expect(dataOf(await as('participant')(FINDINGS, { r: f.revisionA, f: fields.aw })).findings).toEqual([]);

    const stale = await coordinator(SAVE_FINDING, {
      r: f.revisionA,
      id: finding.id,
      v: finding.version + 1,
      i: { fieldOfActionId: fields.sb, title: 'Neu', summary: '', targetGroupIds: [] },
    });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    const foreign = await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Herford', 'HF', 1, 1) RETURNING id`,
      [f.revisionB],
    );
    expect(
      errorCode(
        await coordinator(SAVE_FINDING, {
          r: f.revisionA,
          i: { fieldOfActionId: foreign, title: 'X', summary: '', targetGroupIds: [] },
        }),
      ),
    ).toBe('VALIDATION_FAILED');

    dataOf(await coordinator('mutation($id:ID!){ removeFindingSource(id:$id) }', { id: fromInterview.id }));
    const left = dataOf(await coordinator(FINDINGS, { r: f.revisionA })).findings[0].sources as { id: string }[];
    expect(left.map((s) => s.id)).toEqual([fromAnswer.id]);
  });

  test('linkFinding cites a finding as evidence of a recommendation of the same revision', async () => {
    const field = fields.sb;
    const authorId = f.accounts.participant.id;
    const rec = await one(
      `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain, terms, status, created_by_id, version)
       VALUES ($1, $2, 1, 'SB-01', 'Kinderbetreuung in Sprachkursen', '<p>Begründung</p>', 'Begründung', '{kinderbetreuung}', 'SUBMITTED', $3, 1) RETURNING id`,
      [f.revisionA, field, authorId],
    );
    await api.ds.query(
      `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator) VALUES ($1, $2, true)`,
      [rec, authorId],
    );
    const LINK = `mutation($f:ID!,$r:ID!){ linkFinding(findingId:$f, recommendationId:$r){ id kind targetId label } }`;
    expect(errorCode(await as('outsider')(LINK, { f: findingId, r: rec }))).toBe('NOT_FOUND');
    const link = dataOf(await as('participant')(LINK, { f: findingId, r: rec })).linkFinding;
    expect(link).toMatchObject({
      kind: 'FINDING',
      targetId: findingId,
      label: 'Kinderbetreuung fehlt während der Sprachkurse',
    });
    const foreignField = await one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Bildung', 'BI', 2, 1) RETURNING id`,
      [f.revisionB],
    );
    const foreignRec = await one(
      `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain, terms, status, created_by_id, version)
       VALUES ($1, $2, 1, 'BI-01', 'Fremd', '<p>x</p>', 'x', '{}', 'SUBMITTED', $3, 1) RETURNING id`,
      [f.revisionB, foreignField, f.accounts.coordinatorB.id],
    );
    expect(errorCode(await coordinator(LINK, { f: findingId, r: foreignRec }))).toBe('VALIDATION_FAILED');
  });

  test('members read findings; only coordinators keep interviews and findings', async () => {
    const create = () =>
      coordinator(SAVE_FINDING, {
        r: f.revisionA,
        i: { fieldOfActionId: fields.aw, title: 'Arbeitsmarkt', summary: '', targetGroupIds: [] },
      });
    const finding = dataOf(await create()).saveFinding as { id: string };
    for (const [who, expected] of [
      ['participant', 'FORBIDDEN'],
      ['admin', 'FORBIDDEN'],
      ['coordinatorB', 'NOT_FOUND'],
      ['outsider', 'NOT_FOUND'],
    ] as const) {
      const call = as(who);
      expect(errorCode(await call('query($r:ID!){ interviews(revisionId:$r){ id } }', { r: f.revisionA }))).toBe(
        expected,
      );
      expect(errorCode(await call(SAVE_INTERVIEW, { r: f.revisionA, i: interview() }))).toBe(expected);
      expect(errorCode(await call('mutation($id:ID!){ deleteInterview(id:$id) }', { id: interviewId }))).toBe(expected);
      expect(
        errorCode(
          await call(SAVE_FINDING, {
            r: f.revisionA,
            i: { fieldOfActionId: fields.aw, title: 'X', summary: '', targetGroupIds: [] },
          }),
        ),
      ).toBe(expected);
      expect(errorCode(await call('mutation($id:ID!){ deleteFinding(id:$id) }', { id: finding.id }))).toBe(expected);
      expect(
        errorCode(await call(ADD_SOURCE, { f: finding.id, i: interviewId, e: 'Der Weg nach Gütersloh dauert lange.' })),
      ).toBe(expected);
    }
    expect(errorCode(await as('outsider')(FINDINGS, { r: f.revisionA }))).toBe('NOT_FOUND');
    expect(errorCode(await as('coordinatorB')(FINDINGS, { r: f.revisionA }))).toBe('NOT_FOUND');
    expect(dataOf(await as('participant')(FINDINGS, { r: f.revisionA })).findings).toHaveLength(2);

    expect(
      dataOf(await coordinator('mutation($id:ID!){ deleteFinding(id:$id) }', { id: finding.id })).deleteFinding,
    ).toBe(true);
    // Deleting the interview takes the passages quoted from it along.
    dataOf(await coordinator(ADD_SOURCE, { f: findingId, i: interviewId, e: 'Der Weg nach Gütersloh dauert lange.' }));
    expect(
      Number((await api.ds.query(`SELECT count(*) AS n FROM finding_source WHERE interview_id IS NOT NULL`))[0].n),
    ).toBe(1);
    expect(
      dataOf(await coordinator('mutation($id:ID!){ deleteInterview(id:$id) }', { id: interviewId })).deleteInterview,
    ).toBe(true);
    expect(
      Number((await api.ds.query(`SELECT count(*) AS n FROM finding_source WHERE interview_id IS NOT NULL`))[0].n),
    ).toBe(0);
  });

  test('findings with their sources cost the same number of SQL statements for 2 and for 20 findings', async () => {
    await api.ds.query(`DELETE FROM finding WHERE revision_id = $1`, [f.revisionA]);
    const [answer] = (await api.ds.query(
      `SELECT a.response_id AS r FROM survey_answer a JOIN survey_response s ON s.id = a.response_id
        WHERE a.question_id = $1 AND s.submitted_at IS NOT NULL LIMIT 1`,
      [q.text],
    )) as { r: string }[];
    const addFindings = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const { id } = dataOf(
          await coordinator(SAVE_FINDING, {
            r: f.revisionA,
            i: { fieldOfActionId: fields.sb, title: `Ergebnis ${i}`, summary: '', targetGroupIds: [] },
          }),
        ).saveFinding;
        dataOf(await coordinator(ADD_SOURCE, { f: id, r: answer.r, q: q.text }));
      }
    };
    const statements = async () => {
      api.sql.reset();
      const r = dataOf(await as('participant')(FINDINGS, { r: f.revisionA }));
      return { count: api.sql.count, findings: r.findings as { sources: unknown[] }[] };
    };
    await addFindings(2);
    const two = await statements();
    await addFindings(18);
    const twenty = await statements();
    expect(two.findings).toHaveLength(2);
    expect(twenty.findings).toHaveLength(20);
    expect(twenty.findings.every((x) => x.sources.length === 1)).toBe(true);
    expect(twenty.count).toBe(two.count);
  });
});
