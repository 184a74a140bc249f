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
import { MAX_PUBLIC_STARTS_PER_CLIENT } from '../respond.service';

let api: TestApi;
let f: Fixtures;
let as: ReturnType<typeof asCaller>;
let field: string;
let field2: string;

const de = (text: string) => [{ language: 'de', text }];
const SURVEY_FIELDS = `id version status publicToken languages
  title { language text }
  missingTranslations { language missing }
  sections { id position title { language text } questions { id kind required position allowOther
    text { language text } options { key label { language text } } condition { questionId optionKeys } } }`;

const coordinator = (query: string, variables: Record<string, unknown> = {}) => as('coordinatorA')(query, variables);
const anonymous = (query: string, variables: Record<string, unknown> = {}) => as('anonymous')(query, variables);

async function createSurvey(input: Record<string, unknown> = {}) {
  const r = await coordinator(
    `mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ ${SURVEY_FIELDS} } }`,
    {
      r: f.revisionA,
      i: {
        title: [
          { language: 'de', text: 'Umfrage zur Integration' },
          { language: 'ar', text: 'استطلاع حول الاندماج' },
        ],
        languages: ['de', 'ar', 'en'],
        ...input,
      },
    },
  );
  return dataOf(r).createSurvey as { id: string; version: number };
}

async function section(surveyId: string, title: string) {
  return dataOf(
    await coordinator('mutation($s:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, input:$i){ id } }', {
      s: surveyId,
      i: { title: de(title) },
    }),
  ).saveSurveySection.id as string;
}

async function question(surveyId: string, input: Record<string, unknown>, id?: string) {
  return coordinator(
    'mutation($s:ID!,$i:SurveyQuestionInput!,$id:ID){ saveSurveyQuestion(surveyId:$s, input:$i, id:$id){ id kind options { key } condition { questionId optionKeys } } }',
    { s: surveyId, i: input, id },
  );
}

const opts = (...labels: string[]) => labels.map((l, i) => ({ key: `o${i + 1}`, label: de(l) }));

/** A published, open survey with one question of every kind; the municipality question is shown only to those who say they work in a municipality. */
async function openSurvey() {
  const survey = await createSurvey();
  const s1 = await section(survey.id, 'Über Sie');
  const s2 = await section(survey.id, 'Angebote');
  const ids: Record<string, string> = {};
  const add = async (name: string, input: Record<string, unknown>) => {
    ids[name] = dataOf(await question(survey.id, { required: false, ...input })).saveSurveyQuestion.id;
  };
  await add('role', {
    sectionId: s1,
    kind: 'SINGLE_CHOICE',
    required: true,
    text: de('Arbeiten Sie in einer Kommune?'),
    options: opts('Ja', 'Nein'),
    allowOther: true,
  });
  await add('place', {
    sectionId: s1,
    kind: 'MUNICIPALITY',
    required: true,
    text: de('In welcher Kommune?'),
    condition: { questionId: ids.role, optionKeys: ['o1'] },
  });
  await add('type', { sectionId: s1, kind: 'ORGANISATION_TYPE', text: de('Art der Organisation') });
  await add('topics', {
    sectionId: s2,
    kind: 'MULTIPLE_CHOICE',
    text: de('Welche Themen?'),
    options: opts('Sprache', 'Arbeit', 'Wohnen'),
    allowOther: true,
  });
  await add('likert', { sectionId: s2, kind: 'LIKERT', required: true, text: de('Die Angebote sind bekannt.') });
  await add('rating', { sectionId: s2, kind: 'FIELD_RATING', text: de('Wie gut ist die Lage?') });
  await add('ranking', {
    sectionId: s2,
    kind: 'RANKING',
    text: de('Was ist am wichtigsten?'),
    options: opts('A', 'B', 'C'),
  });
  await add('text', { sectionId: s2, kind: 'FREE_TEXT', text: de('Was fehlt?') });
  await add('number', { sectionId: s2, kind: 'NUMBER', text: de('Wie viele Mitarbeitende?') });
  await add('date', { sectionId: s2, kind: 'DATE', text: de('Seit wann?') });
  await setDates(survey.id, -1, 10);
  dataOf(await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id: survey.id }));
  return { id: survey.id, ids };
}

async function setDates(surveyId: string, opensInDays: number, closesInDays: number) {
  const { survey } = dataOf(
    await coordinator('query($id:ID!){ survey(id:$id){ version title { language text } languages } }', {
      id: surveyId,
    }),
  );
  const day = 86_400_000;
  return coordinator(
    'mutation($id:ID!,$v:Int!,$i:SurveyInput!){ updateSurvey(id:$id, version:$v, input:$i){ id version closesAt } }',
    {
      id: surveyId,
      v: survey.version,
      i: {
        title: survey.title,
        languages: survey.languages,
        opensAt: new Date(Date.now() + opensInDays * day).toISOString(),
        closesAt: new Date(Date.now() + closesInDays * day).toISOString(),
      },
    },
  );
}

async function invite(surveyId: string, emails: string[]) {
  return coordinator(
    'mutation($s:ID!,$i:[SurveyInviteeInput!]!){ inviteToSurvey(surveyId:$s, invitees:$i){ invited alreadyInvited } }',
    { s: surveyId, i: emails.map((email) => ({ email, audience: 'ORGANISATION', language: 'ar' })) },
  );
}

const tokenOf = async (email: string) =>
  ((await api.ds.query(`SELECT token FROM survey_invitation WHERE email = $1`, [email])) as { token: string }[])[0]
    .token;

const SAVE = `mutation($t:String!,$l:String!,$a:[SurveyAnswerInput!]!){ saveSurveyAnswers(token:$t, language:$l, answers:$a){ savedAt submittedAt } }`;
const SUBMIT = `mutation($t:String!,$l:String!,$a:[SurveyAnswerInput!]!){ submitSurveyResponse(token:$t, language:$l, answers:$a){ submittedAt } }`;
const VIEW = `query($t:String!){ respondentSurvey(token:$t){ surveyId availability isPublicLink language submittedAt audience
  answers { questionId choice choices other text number date municipalityId order ratings { fieldOfActionId rating } }
  fieldsOfAction { id name } municipalities { id name } sections { questions { id } } } }`;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  as = asCaller(api, await signInAll(api, f, ['coordinatorA', 'coordinatorB', 'participant']));
  const one = async (sql: string, params: unknown[]) => ((await api.ds.query(sql, params)) as { id: string }[])[0].id;
  field = await one(
    `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Sprache und Bildung', 'SB', 1, 1) RETURNING id`,
    [f.revisionA],
  );
  field2 = await one(
    `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, 'Arbeit', 'AR', 2, 1) RETURNING id`,
    [f.revisionA],
  );
});
afterAll(() => api?.close());

describe('the questionnaire builder', () => {
  test('builds sections and questions of every kind, with defaults, conditions and missing translations', async () => {
    const { id, ids } = await openSurvey();
    const { survey } = dataOf(await coordinator(`query($id:ID!){ survey(id:$id){ ${SURVEY_FIELDS} } }`, { id }));
    expect(survey.status).toBe('PUBLISHED');
    expect(survey.sections.map((s: { title: { text: string }[] }) => s.title[0].text)).toEqual([
      'Über Sie',
      'Angebote',
    ]);
    const questions = survey.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions).toHaveLength(10);
    const byId = new Map(questions.map((q: { id: string }) => [q.id, q]));
    const likert = byId.get(ids.likert) as { options: { key: string; label: { language: string }[] }[] };
    // A Likert question without options gets the 5-point agreement scale in every language.
    expect(likert.options.map((o) => o.key)).toEqual(['1', '2', '3', '4', '5']);
    expect(likert.options[0].label.map((l) => l.language).sort()).toEqual(['ar', 'de', 'en', 'ls', 'ru', 'tr', 'uk']);
    expect((byId.get(ids.type) as { options: unknown[] }).options.length).toBeGreaterThan(3);
    expect((byId.get(ids.place) as { condition: unknown }).condition).toEqual({
      questionId: ids.role,
      optionKeys: ['o1'],
    });
    // Title has ar; the sections' and most questions' texts only de. Likert and organisation-type defaults carry en.
    const missing = Object.fromEntries(
      survey.missingTranslations.map((m: { language: string; missing: number }) => [m.language, m.missing]),
    );
    expect(missing.de).toBe(0);
    expect(missing.ar).toBeGreaterThan(10);
    expect(missing.en).toBeLessThan(missing.ar);
    // Translating the first section's title in Arabic lowers the Arabic count by one.
    dataOf(
      await coordinator(
        'mutation($s:ID!,$id:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, id:$id, input:$i){ id } }',
        {
          s: id,
          id: survey.sections[0].id,
          i: { title: [...de('Über Sie'), { language: 'ar', text: 'عنك' }] },
        },
      ),
    );
    const after = dataOf(
      await coordinator(`query($id:ID!){ survey(id:$id){ missingTranslations { language missing } } }`, { id }),
    );
    expect(after.survey.missingTranslations.find((m: { language: string }) => m.language === 'ar').missing).toBe(
      missing.ar - 1,
    );
  });

  test('refuses what would make a questionnaire inconsistent', async () => {
    const survey = await createSurvey();
    const s = await section(survey.id, 'Teil');
    const text = dataOf(
      await question(survey.id, { sectionId: s, kind: 'FREE_TEXT', required: false, text: de('Frei') }),
    ).saveSurveyQuestion.id;
    const choice = dataOf(
      await question(survey.id, {
        sectionId: s,
        kind: 'SINGLE_CHOICE',
        required: false,
        text: de('Wahl'),
        options: opts('Ja', 'Nein'),
      }),
    ).saveSurveyQuestion.id;
    const refused = async (input: Record<string, unknown>, id?: string) => {
      const r = await question(survey.id, { sectionId: s, required: false, text: de('X'), ...input }, id);
      expect(errorCode(r)).toBe('VALIDATION_FAILED');
      return r.errors![0].message;
    };
    // A condition on a free-text question, on an unknown option, on itself; options missing or duplicated; no German text.
    expect(await refused({ kind: 'FREE_TEXT', condition: { questionId: text, optionKeys: ['x'] } })).toMatch(
      /condition/,
    );
    await refused({ kind: 'FREE_TEXT', condition: { questionId: choice, optionKeys: ['nope'] } });
    await refused(
      { kind: 'SINGLE_CHOICE', options: opts('Ja', 'Nein'), condition: { questionId: choice, optionKeys: ['o1'] } },
      choice,
    );
    await refused({ kind: 'SINGLE_CHOICE', options: opts('Nur eine') });
    await refused({
      kind: 'SINGLE_CHOICE',
      options: [
        { key: 'a', label: de('A') },
        { key: 'a', label: de('B') },
      ],
    });
    await refused({ kind: 'FREE_TEXT', text: [{ language: 'en', text: 'English only' }] });
    await refused({ kind: 'FREE_TEXT', text: [{ language: 'xx', text: 'Unbekannt' }, ...de('Frage')] });
    // A cycle: choice depends on a question that depends on choice.
    const dependent = dataOf(
      await question(survey.id, {
        sectionId: s,
        kind: 'SINGLE_CHOICE',
        required: false,
        text: de('Folgefrage'),
        options: opts('A', 'B'),
        condition: { questionId: choice, optionKeys: ['o1'] },
      }),
    ).saveSurveyQuestion.id;
    expect(
      await refused(
        {
          kind: 'SINGLE_CHOICE',
          options: opts('Ja', 'Nein'),
          text: de('Wahl'),
          condition: { questionId: dependent, optionKeys: ['o1'] },
        },
        choice,
      ),
    ).toMatch(/each other/);
    // Deleting a question others depend on is refused; publishing without dates too.
    const del = await coordinator('mutation($id:ID!){ deleteSurveyQuestion(id:$id) }', { id: choice });
    expect(errorCode(del)).toBe('VALIDATION_FAILED');
    const publish = await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id: survey.id });
    expect(errorCode(publish)).toBe('SURVEY_DATES_REQUIRED');
    const empty = await createSurvey();
    await setDates(empty.id, -1, 3);
    expect(errorCode(await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id: empty.id }))).toBe(
      'SURVEY_NO_QUESTIONS',
    );
    // Closing before opening is refused, and the stored survey is unchanged.
    expect(errorCode(await setDates(survey.id, 5, 2))).toBe('VALIDATION_FAILED');
    const [{ closes_at }] = await api.ds.query(`SELECT closes_at FROM survey WHERE id = $1`, [survey.id]);
    expect(closes_at).toBeNull();
    // Sections and questions move.
    const s2 = await section(survey.id, 'Zweiter Teil');
    const moved = dataOf(
      await coordinator('mutation($id:ID!){ moveSurveySection(id:$id, position:0){ id } }', { id: s2 }),
    );
    expect(moved.moveSurveySection.map((x: { id: string }) => x.id)).toEqual([s2, s]);
    const movedQ = dataOf(
      await coordinator('mutation($id:ID!){ moveSurveyQuestion(id:$id, position:0){ id } }', { id: dependent }),
    );
    expect(movedQ.moveSurveyQuestion[0].id).toBe(dependent);
  });

  test('copies a survey from an earlier revision of the region, with conditions pointing at the copies', async () => {
    const { id, ids } = await openSurvey();
    const later = (
      (await api.ds.query(
        `INSERT INTO concept_revision (region_id, title, predecessor_id, version) VALUES ($1, 'Nächste Fortschreibung', $2, 1) RETURNING id`,
        [f.regionA, f.revisionA],
      )) as { id: string }[]
    )[0].id;
    const copyable = dataOf(await coordinator('query($r:ID!){ copyableSurveys(revisionId:$r){ id } }', { r: later }));
    expect(copyable.copyableSurveys.map((s: { id: string }) => s.id)).toContain(id);
    const copy = dataOf(
      await coordinator(`mutation($s:ID!,$r:ID!){ copySurvey(sourceId:$s, revisionId:$r){ ${SURVEY_FIELDS} } }`, {
        s: id,
        r: later,
      }),
    ).copySurvey;
    expect(copy.status).toBe('DRAFT');
    expect(copy.publicToken).toBeNull();
    const questions = copy.sections.flatMap((s: { questions: { id: string; condition: unknown }[] }) => s.questions);
    expect(questions).toHaveLength(10);
    const conditional = questions.find((q: { condition: unknown }) => q.condition) as {
      condition: { questionId: string };
    };
    expect(conditional.condition.questionId).not.toBe(ids.role);
    expect(questions.map((q: { id: string }) => q.id)).toContain(conditional.condition.questionId);
    // Another region's coordinator cannot copy it.
    const foreign = await as('coordinatorB')(
      'mutation($s:ID!,$r:ID!){ copySurvey(sourceId:$s, revisionId:$r){ id } }',
      {
        s: id,
        r: f.revisionB,
      },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });
});

describe('distribution and answering', () => {
  test('invitations go out through the outbox once per address, only for a published survey', async () => {
    const draft = await createSurvey();
    expect(errorCode(await invite(draft.id, ['a@example.org']))).toBe('SURVEY_NOT_PUBLISHED');
    const { id } = await openSurvey();
    const first = dataOf(await invite(id, ['eins@example.org', 'Zwei@Example.org', 'zwei@example.org']));
    expect(first.inviteToSurvey).toEqual({ invited: 2, alreadyInvited: 1 });
    const again = dataOf(await invite(id, ['eins@example.org', 'drei@example.org']));
    expect(again.inviteToSurvey).toEqual({ invited: 1, alreadyInvited: 1 });
    const mails = (await api.ds.query(
      `SELECT recipient, text_body FROM outbox_message WHERE kind = 'survey-invitation' AND recipient = ANY($1) ORDER BY recipient`,
      [['eins@example.org', 'zwei@example.org', 'drei@example.org']],
    )) as { recipient: string; text_body: string }[];
    expect(mails.map((m) => m.recipient)).toEqual(['drei@example.org', 'eins@example.org', 'zwei@example.org']);
    const token = await tokenOf('eins@example.org');
    expect(mails[1].text_body).toContain(`/umfrage/${token}`);
    // The Arabic title line is in the mail of an invitee who reads Arabic.
    expect(mails[1].text_body).toContain('استطلاع حول الاندماج');
    expect(errorCode(await invite(id, ['kaputt']))).toBe('VALIDATION_FAILED');
    // The token never shows through the API.
    const list = await coordinator('query($s:ID!){ surveyInvitations(surveyId:$s){ email submittedAt } }', { s: id });
    expect(JSON.stringify(list)).not.toContain(token);
    expect(
      errorCode(await as('participant')('query($s:ID!){ surveyInvitations(surveyId:$s){ email } }', { s: id })),
    ).toBe('FORBIDDEN');
  });

  test('an invitee answers as they go, resumes, and submits all or nothing', async () => {
    const { id, ids } = await openSurvey();
    dataOf(await invite(id, ['person@example.org']));
    const token = await tokenOf('person@example.org');
    const view0 = dataOf(await anonymous(VIEW, { t: token })).respondentSurvey;
    expect(view0).toMatchObject({
      surveyId: id,
      availability: 'OPEN',
      isPublicLink: false,
      submittedAt: null,
      answers: [],
    });
    expect(view0.fieldsOfAction.map((x: { name: string }) => x.name)).toEqual(['Sprache und Bildung', 'Arbeit']);

    dataOf(
      await anonymous(SAVE, {
        t: token,
        l: 'ar',
        a: [
          { questionId: ids.role, choice: 'o1' },
          { questionId: ids.topics, choices: ['o3', 'other', 'o1'], other: 'Gesundheit' },
          { questionId: ids.rating, ratings: [{ fieldOfActionId: field, rating: 2 }] },
          { questionId: ids.text, text: '  Mehr Sprachkurse am Abend  ' },
        ],
      }),
    );
    // Resumed later by the same link: the answers are there, normalised, in the language last used.
    const view1 = dataOf(await anonymous(VIEW, { t: token })).respondentSurvey;
    expect(view1.language).toBe('ar');
    const answers = new Map(view1.answers.map((a: { questionId: string }) => [a.questionId, a]));
    expect(answers.get(ids.topics)).toMatchObject({ choices: ['o1', 'o3', 'other'], other: 'Gesundheit' });
    expect(answers.get(ids.text)).toMatchObject({ text: 'Mehr Sprachkurse am Abend' });
    expect(answers.get(ids.rating)).toMatchObject({ ratings: [{ fieldOfActionId: field, rating: 2 }] });

    // Invalid answers are refused with the question named, and nothing of that call is stored.
    const bad = await anonymous(SAVE, {
      t: token,
      l: 'de',
      a: [
        { questionId: ids.text, text: 'überschrieben?' },
        { questionId: ids.rating, ratings: [{ fieldOfActionId: field2, rating: 9 }] },
      ],
    });
    expect(errorCode(bad)).toBe('ANSWER_INVALID');
    expect(bad.errors![0].message).toContain('Wie gut ist die Lage?');
    for (const [a, expected] of [
      [{ questionId: ids.ranking, order: ['o1', 'o2'] }, 'ANSWER_INVALID'],
      [{ questionId: ids.number, number: Number.MAX_VALUE }, 'ANSWER_INVALID'],
      [{ questionId: ids.date, date: '2026-02-30x' }, 'ANSWER_INVALID'],
      [{ questionId: ids.place, municipalityId: f.municipalityB }, 'ANSWER_INVALID'],
      [{ questionId: ids.likert, choice: 'other', other: 'x' }, 'ANSWER_INVALID'],
      [{ questionId: '00000000-0000-4000-8000-000000000000', text: 'x' }, 'VALIDATION_FAILED'],
    ] as const)
      expect(errorCode(await anonymous(SAVE, { t: token, l: 'de', a: [a] }))).toBe(expected);
    const view2 = dataOf(await anonymous(VIEW, { t: token })).respondentSurvey;
    expect(view2.answers.find((a: { questionId: string }) => a.questionId === ids.text).text).toBe(
      'Mehr Sprachkurse am Abend',
    );

    // Submitting without the required Likert answer and municipality (shown because role = o1): nothing changes.
    const incomplete = await anonymous(SUBMIT, { t: token, l: 'ar', a: [{ questionId: ids.number, number: 12 }] });
    expect(errorCode(incomplete)).toBe('SURVEY_INCOMPLETE');
    expect((incomplete.errors![0].extensions!.details as { questionIds: string[] }).questionIds.sort()).toEqual(
      [ids.place, ids.likert].sort(),
    );
    const [stillOpen] = await api.ds.query(
      `SELECT r.submitted_at, (SELECT count(*)::int FROM survey_answer a WHERE a.response_id = r.id AND a.question_id = $1) AS n
         FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id WHERE i.email = 'person@example.org'`,
      [ids.number],
    );
    expect(stillOpen).toEqual({ submitted_at: null, n: 0 });

    // Answering "Nein" hides the municipality question; its answer is dropped on submission.
    const done = dataOf(
      await anonymous(SUBMIT, {
        t: token,
        l: 'ar',
        a: [
          { questionId: ids.place, municipalityId: f.municipalityA },
          { questionId: ids.role, choice: 'o2' },
          { questionId: ids.likert, choice: '4' },
          { questionId: ids.ranking, order: ['o3', 'o1', 'o2'] },
        ],
      }),
    ).submitSurveyResponse;
    expect(done.submittedAt).toBeTruthy();
    const rows = (await api.ds.query(
      `SELECT a.question_id FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
         JOIN survey_invitation i ON i.id = r.invitation_id WHERE i.email = 'person@example.org'`,
    )) as { question_id: string }[];
    expect(rows.map((r) => r.question_id).sort()).toEqual(
      [ids.role, ids.topics, ids.rating, ids.text, ids.likert, ids.ranking].sort(),
    );
    const [inv] = await api.ds.query(`SELECT submitted_at FROM survey_invitation WHERE email = 'person@example.org'`);
    expect(inv.submitted_at).toBeTruthy();
    // Submitted is final.
    expect(
      errorCode(await anonymous(SAVE, { t: token, l: 'de', a: [{ questionId: ids.text, text: 'Nachtrag' }] })),
    ).toBe('SURVEY_SUBMITTED');
    expect(errorCode(await anonymous(SUBMIT, { t: token, l: 'de', a: [] }))).toBe('SURVEY_SUBMITTED');
  });

  test('two submissions of one invitation at the same moment make one response', async () => {
    const { id, ids } = await openSurvey();
    dataOf(await invite(id, ['zugleich@example.org']));
    const token = await tokenOf('zugleich@example.org');
    const answers = [
      { questionId: ids.role, choice: 'o2' },
      { questionId: ids.likert, choice: '5' },
    ];
    const results = await Promise.all([1, 2, 3].map(() => anonymous(SUBMIT, { t: token, l: 'de', a: answers })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'SURVEY_SUBMITTED')).toHaveLength(2);
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1`, [id]);
    expect(n).toBe(1);
  });

  test('the public link is anonymous, resumable by its own token, and limited per client', async () => {
    const { id, ids } = await openSurvey();
    const { setSurveyPublicLink } = dataOf(
      await coordinator('mutation($id:ID!){ setSurveyPublicLink(id:$id, enabled:true){ publicToken } }', { id }),
    );
    const link = setSurveyPublicLink.publicToken as string;
    const view = dataOf(await anonymous(VIEW, { t: link })).respondentSurvey;
    expect(view).toMatchObject({ isPublicLink: true, audience: 'PUBLIC', answers: [] });
    // The public link itself takes no answers: a response is started first.
    expect(errorCode(await anonymous(SAVE, { t: link, l: 'de', a: [{ questionId: ids.role, choice: 'o1' }] }))).toBe(
      'TOKEN_INVALID',
    );
    const start = dataOf(
      await anonymous('mutation($t:String!){ startSurveyResponse(publicToken:$t, language:"en") }', { t: link }),
    );
    const token = start.startSurveyResponse as string;
    dataOf(await anonymous(SAVE, { t: token, l: 'en', a: [{ questionId: ids.role, choice: 'o2' }] }));
    expect(dataOf(await anonymous(VIEW, { t: token })).respondentSurvey).toMatchObject({
      isPublicLink: false,
      language: 'en',
    });
    dataOf(await anonymous(SUBMIT, { t: token, l: 'en', a: [{ questionId: ids.likert, choice: '2' }] }));
    // Nothing personal is stored with it: no invitation, the token only as a hash, no address anywhere near it.
    const [row] = await api.ds.query(`SELECT * FROM survey_response WHERE survey_id = $1`, [id]);
    expect(row.invitation_id).toBeNull();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toBe(token);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
    const attempts = (await api.ds.query(`SELECT client_key FROM survey_start_attempt`)) as { client_key: string }[];
    expect(attempts.every((a) => /^[0-9a-f]{64}$/.test(a.client_key))).toBe(true);

    // One client may start MAX_PUBLIC_STARTS_PER_CLIENT responses an hour on one survey; then RATE_LIMITED.
    for (let i = 1; i < MAX_PUBLIC_STARTS_PER_CLIENT; i++)
      dataOf(
        await anonymous('mutation($t:String!){ startSurveyResponse(publicToken:$t, language:"de") }', { t: link }),
      );
    const limited = await anonymous('mutation($t:String!){ startSurveyResponse(publicToken:$t, language:"de") }', {
      t: link,
    });
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    // Switched off, the link is gone.
    dataOf(await coordinator('mutation($id:ID!){ setSurveyPublicLink(id:$id, enabled:false){ id } }', { id }));
    expect(errorCode(await anonymous(VIEW, { t: link }))).toBe('TOKEN_INVALID');
    expect(errorCode(await anonymous(VIEW, { t: 'no-such-token-at-all-0000' }))).toBe('TOKEN_INVALID');
  });

  test('opening and closing dates are enforced; a survey with answers keeps its structure', async () => {
    const { id, ids } = await openSurvey();
    dataOf(await invite(id, ['spaet@example.org', 'frueh@example.org']));
    const token = await tokenOf('spaet@example.org');
    dataOf(await anonymous(SAVE, { t: token, l: 'de', a: [{ questionId: ids.role, choice: 'o2' }] }));

    // With answers stored, restructuring is refused, texts may still change.
    const { survey } = dataOf(await coordinator(`query($id:ID!){ survey(id:$id){ ${SURVEY_FIELDS} } }`, { id }));
    const role = survey.sections[0].questions[0];
    const base = { sectionId: survey.sections[0].id, kind: 'SINGLE_CHOICE', required: true, allowOther: true };
    expect(
      errorCode(
        await question(
          id,
          { ...base, text: de('Arbeiten Sie in einer Kommune?'), options: opts('Ja', 'Nein', 'Vielleicht') },
          role.id,
        ),
      ),
    ).toBe('SURVEY_HAS_RESPONSES');
    expect(errorCode(await coordinator('mutation($id:ID!){ deleteSurveyQuestion(id:$id) }', { id: ids.text }))).toBe(
      'SURVEY_HAS_RESPONSES',
    );
    dataOf(
      await question(
        id,
        {
          ...base,
          text: [...de('Arbeiten Sie in einer Kommunalverwaltung?'), { language: 'ar', text: 'هل تعمل في بلدية؟' }],
          options: opts('Ja', 'Nein'),
        },
        role.id,
      ),
    );

    // Not yet open.
    expect(errorCode(await setDates(id, 1, 5))).toBeUndefined();
    expect(dataOf(await anonymous(VIEW, { t: token })).respondentSurvey.availability).toBe('NOT_OPEN');
    expect(errorCode(await anonymous(SAVE, { t: token, l: 'de', a: [{ questionId: ids.role, choice: 'o1' }] }))).toBe(
      'SURVEY_NOT_OPEN',
    );
    // Closed.
    await api.ds.query(
      `UPDATE survey SET opens_at = now() - interval '5 days', closes_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect(dataOf(await anonymous(VIEW, { t: token })).respondentSurvey.availability).toBe('CLOSED');
    expect(
      errorCode(await anonymous(SUBMIT, { t: token, l: 'de', a: [{ questionId: ids.likert, choice: '1' }] })),
    ).toBe('SURVEY_CLOSED');
    expect(errorCode(await invite(id, ['neu@example.org']))).toBe('SURVEY_CLOSED');
    // Deleting an invitation removes the address and its unsubmitted answers (DSGVO).
    const [{ id: inv }] = await api.ds.query(`SELECT id FROM survey_invitation WHERE email = 'spaet@example.org'`);
    dataOf(await coordinator('mutation($id:ID!){ deleteSurveyInvitation(id:$id) }', { id: inv }));
    const [{ n }] = await api.ds.query(
      `SELECT (SELECT count(*) FROM survey_invitation WHERE email = 'spaet@example.org') + (SELECT count(*) FROM survey_response WHERE survey_id = $1) AS n`,
      [id],
    );
    expect(Number(n)).toBe(0);
  });

  test('the builder and the respondent view cost the same SQL statements for 2 and for 12 questions', async () => {
    const survey = await createSurvey();
    const s = await section(survey.id, 'Teil');
    const add = async (n: number) => {
      for (let i = 0; i < n; i++)
        dataOf(await question(survey.id, { sectionId: s, kind: 'LIKERT', required: false, text: de(`Frage ${i}`) }));
    };
    const count = async (query: string, variables: Record<string, unknown>, anon = false) => {
      api.sql.reset();
      dataOf(anon ? await anonymous(query, variables) : await coordinator(query, variables));
      return api.sql.count;
    };
    await add(2);
    await section(survey.id, 'Zweiter Teil');
    dataOf(
      await coordinator('mutation($id:ID!,$e:Boolean!){ setSurveyPublicLink(id:$id, enabled:$e){ id } }', {
        id: survey.id,
        e: true,
      }),
    );
    const [{ public_token }] = await api.ds.query(`SELECT public_token FROM survey WHERE id = $1`, [survey.id]);
    const builder = `query($id:ID!){ survey(id:$id){ ${SURVEY_FIELDS} } }`;
    const small = [await count(builder, { id: survey.id }), await count(VIEW, { t: public_token }, true)];
    await add(10);
    const large = [await count(builder, { id: survey.id }), await count(VIEW, { t: public_token }, true)];
    expect(large).toEqual(small);
  });

  test('a list of surveys with their questions and translation gaps costs the same SQL statements for 1 and for 6', async () => {
    const revision = (
      (await api.ds.query(
        `INSERT INTO concept_revision (region_id, title, predecessor_id, version) VALUES ($1, 'Liste', $2, 1) RETURNING id`,
        [f.regionA, f.revisionA],
      )) as { id: string }[]
    )[0].id;
    const list = `query($r:ID!){ surveys(revisionId:$r){ id missingTranslations { language missing }
      sections { id questions { id options { key } } } } }`;
    const make = async () => {
      const survey = dataOf(
        await coordinator('mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ id } }', {
          r: revision,
          i: { title: de('Liste'), languages: ['de', 'uk'] },
        }),
      ).createSurvey.id as string;
      const s = await section(survey, 'Teil');
      dataOf(await question(survey, { sectionId: s, kind: 'LIKERT', required: false, text: de('Frage') }));
    };
    const count = async () => {
      api.sql.reset();
      const r = dataOf(await coordinator(list, { r: revision }));
      return { statements: api.sql.count, surveys: r.surveys.length as number };
    };
    await make();
    const one = await count();
    for (let i = 0; i < 5; i++) await make();
    const six = await count();
    expect([one.surveys, six.surveys]).toEqual([1, 6]);
    expect(six.statements).toBe(one.statements);
  });
});
