// The surveys of the benchmark, built through the real API as a coordinator builds them (createSurvey,
// saveSurveySection, saveSurveyQuestion, publishSurvey, inviteToSurvey), and the answers respondents give.
import { post } from '../lib/harness.mjs';

const de = (text) => [{ language: 'de', text }];
const opts = (...labels) => labels.map((l, i) => ({ key: `o${i + 1}`, label: de(l) }));
const MAX_INVITEES_PER_CALL = 2000;

export async function gql(url, query, variables, cookie) {
  const r = await post(url, JSON.stringify({ query, variables }), cookie);
  const body = JSON.parse(r.text);
  if (r.status !== 200 || body.errors) throw new Error(`${r.status}: ${r.text.slice(0, 300)}`);
  return body.data;
}

/** The questions, by section: what respondents answer in three saving steps and a submission. */
const SECTIONS = [
  [
    'Über Sie',
    [
      {
        kind: 'SINGLE_CHOICE',
        required: true,
        text: de('Wie sind Sie beteiligt?'),
        options: opts('Hauptamtlich', 'Ehrenamtlich', 'Selbst zugewandert'),
      },
      { kind: 'NUMBER', required: false, text: de('Seit wie vielen Jahren?') },
    ],
  ],
  [
    'Angebote',
    [
      {
        kind: 'MULTIPLE_CHOICE',
        required: true,
        text: de('Welche Themen sind wichtig?'),
        options: opts('Sprache', 'Arbeit', 'Wohnen', 'Gesundheit', 'Bildung'),
        allowOther: true,
      },
      { kind: 'LIKERT', required: true, text: de('Die Angebote im Kreis sind bekannt.') },
    ],
  ],
  [
    'Ihre Meinung',
    [
      { kind: 'FREE_TEXT', required: false, text: de('Was fehlt?') },
      { kind: 'FREE_TEXT', required: false, text: de('Was gelingt gut?') },
    ],
  ],
];

/** A published survey open for the run, with `invitees` invitations; answers the survey and its question ids. */
export async function buildSurvey(url, cookie, revisionId, title, invitees) {
  const day = 86_400_000;
  const { createSurvey } = await gql(
    url,
    'mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ id } }',
    {
      r: revisionId,
      i: {
        title: de(title),
        languages: ['de', 'en', 'uk', 'ar'],
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + 30 * day).toISOString(),
      },
    },
    cookie,
  );
  const id = createSurvey.id;
  const questions = [];
  for (const [sectionTitle, list] of SECTIONS) {
    const { saveSurveySection } = await gql(
      url,
      'mutation($s:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, input:$i){ id } }',
      { s: id, i: { title: de(sectionTitle) } },
      cookie,
    );
    for (const q of list) {
      const { saveSurveyQuestion } = await gql(
        url,
        'mutation($s:ID!,$i:SurveyQuestionInput!){ saveSurveyQuestion(surveyId:$s, input:$i){ id kind } }',
        { s: id, i: { sectionId: saveSurveySection.id, ...q } },
        cookie,
      );
      questions.push(saveSurveyQuestion);
    }
  }
  await gql(url, 'mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id }, cookie);
  for (let from = 0; from < invitees; from += MAX_INVITEES_PER_CALL) {
    const batch = Array.from({ length: Math.min(MAX_INVITEES_PER_CALL, invitees - from) }, (_, i) => ({
      email: `person-${from + i}@${id.slice(0, 8)}.example`,
      audience: ['ORGANISATION', 'PERSON', 'MUNICIPALITY'][(from + i) % 3],
      language: ['de', 'en', 'uk', 'ar'][(from + i) % 4],
    }));
    await gql(
      url,
      'mutation($s:ID!,$i:[SurveyInviteeInput!]!){ inviteToSurvey(surveyId:$s, invitees:$i){ invited } }',
      { s: id, i: batch },
      cookie,
    );
  }
  return { id, questions };
}

/** Respondent n's answers in four steps: three saves (one section each, the last one revised) and the submission. */
export function answerSteps(questions, n) {
  const [role, years, topics, likert, missing, good] = questions.map((q) => q.id);
  return [
    [
      { questionId: role, choice: `o${(n % 3) + 1}` },
      { questionId: years, number: n % 25 },
    ],
    [
      {
        questionId: topics,
        choices: ['o1', `o${(n % 4) + 2}`, ...(n % 7 === 0 ? ['other'] : [])],
        ...(n % 7 === 0 ? { other: 'Mobilität auf dem Land' } : {}),
      },
      { questionId: likert, choice: String((n % 5) + 1) },
    ],
    [{ questionId: missing, text: `Mehr Sprachkurse am Abend, mit Kinderbetreuung (Antwort ${n}).` }],
    [{ questionId: good, text: `Die Beratung im Integrationszentrum (Antwort ${n}).` }],
  ];
}

export const SAVE_MUTATION = `mutation Save($t: String!, $l: String!, $a: [SurveyAnswerInput!]!) {
  saveSurveyAnswers(token: $t, language: $l, answers: $a) { savedAt submittedAt }
}`;
export const SUBMIT_MUTATION = `mutation Submit($t: String!, $l: String!, $a: [SurveyAnswerInput!]!) {
  submitSurveyResponse(token: $t, language: $l, answers: $a) { savedAt submittedAt }
}`;
