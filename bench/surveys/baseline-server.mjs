// The lower bound for answering a survey by a personal link: plain node:http + pg answering
// saveSurveyAnswers and submitSurveyResponse with the JSON the API returns, after the SQL the API runs
// (RespondService.save and .submit), in the same order, in one transaction each. What it leaves out is what
// the comparison measures: Nest, Express, Apollo, GraphQL parsing and validation, the armor rules, helmet and
// TypeORM (query building, hydration, save() re-reading the row it has just locked).
//
// The statements were copied from a trace of the API (`BENCH_TRACE=1 npm run bench:surveys` prints it);
// run.mjs traces both servers on every run and fails when the API's statements differ from the ones this
// server runs.
//
// Scope: invitation links, and the question kinds the benchmark's survey has (single and multiple choice,
// Likert, number, free text), with the API's checks for them; anything else is refused rather than answered
// with SQL nobody compared.
//
// Run by run.mjs as a child process: DATABASE_URL, PORT (0 = any free port); the process protocol is
// bench/lib/baseline.mjs's. Respondents have no account: both operations are answered without a session.
import { fileURLToPath } from 'node:url';
import { RequestError, serveBaseline } from '../lib/baseline.mjs';
import { SAVE_MUTATION, SUBMIT_MUTATION } from './seed.mjs';

const columns = (alias, list) => list.map((c) => `"${alias}"."${c}" AS "${alias}_${c}"`).join(', ');
const INVITATION = [
  'id',
  'survey_id',
  'email',
  'name',
  'audience',
  'organisation_id',
  'municipality_id',
  'language',
  'created_at',
  'submitted_at',
];
const RESPONSE = [
  'id',
  'survey_id',
  'invitation_id',
  'audience',
  'language',
  'municipality_id',
  'respondent_type',
  'started_at',
  'updated_at',
  'submitted_at',
];

// RespondService.resolve: the query builder on the token, then findOneByOrFail and findOne with a lock.
const INVITATION_BY_TOKEN_SQL = `SELECT ${columns('i', INVITATION)} FROM "survey_invitation" "i" WHERE "i"."token" = $1`;
const SURVEY_SQL = `SELECT ${columns('Survey', [
  'id',
  'revision_id',
  'title',
  'intro',
  'languages',
  'status',
  'opens_at',
  'closes_at',
  'reminder_days_before',
  'public_token',
  'copied_from_id',
  'created_at',
  'version',
])} FROM "survey" "Survey" WHERE (("Survey"."id" = $1)) LIMIT 1`;
const RESPONSE_BY_INVITATION_SQL = `SELECT ${columns('SurveyResponse', RESPONSE)} FROM "survey_response" "SurveyResponse" WHERE (("SurveyResponse"."invitation_id" = $1)) LIMIT 1 FOR UPDATE`;
// createForInvitation.
const CREATE_RESPONSE_SQL = `INSERT INTO survey_response (survey_id, invitation_id, audience, language) VALUES ($1, $2, $3, $4)
       ON CONFLICT (invitation_id) DO NOTHING`;
// SurveysService.structure.
const SECTIONS_SQL = `SELECT ${columns('SurveySection', ['id', 'survey_id', 'position', 'title', 'description'])} FROM "survey_section" "SurveySection" WHERE (("SurveySection"."survey_id" = $1)) ORDER BY "SurveySection"."position" ASC`;
const QUESTIONS_SQL = `SELECT ${columns('SurveyQuestion', [
  'id',
  'survey_id',
  'section_id',
  'position',
  'kind',
  'required',
  'text',
  'help',
  'options',
  'allow_other',
  'condition',
])} FROM "survey_question" "SurveyQuestion" WHERE (("SurveyQuestion"."survey_id" = $1)) ORDER BY "SurveyQuestion"."position" ASC`;
// RespondService.context and .write.
const FIELDS_SQL = `SELECT id FROM field_of_action WHERE revision_id = $1`;
const PLACES_SQL = `SELECT m.id FROM municipality m JOIN concept_revision r ON r.region_id = m.region_id WHERE r.id = $1`;
const DELETE_ANSWERS_SQL = `DELETE FROM survey_answer WHERE response_id = $1 AND question_id = ANY($2::uuid[])`;
const UPSERT_ANSWERS_SQL = `INSERT INTO survey_answer (response_id, question_id, value, updated_at)
         SELECT $1, q, v, now() FROM unnest($2::uuid[], $3::jsonb[]) AS t(q, v)
         ON CONFLICT (response_id, question_id) DO UPDATE SET value = excluded.value, updated_at = now()`;
// RespondService.answersOf and submit's look-up of the invitation.
const ANSWERS_SQL = `SELECT ${columns('SurveyAnswer', ['response_id', 'question_id', 'value', 'updated_at'])} FROM "survey_answer" "SurveyAnswer" WHERE (("SurveyAnswer"."response_id" = $1))`;
const INVITATION_BY_ID_SQL = `SELECT ${columns('SurveyInvitation', INVITATION)} FROM "survey_invitation" "SurveyInvitation" WHERE (("SurveyInvitation"."id" = $1)) LIMIT 1`;
// tx.save(response): TypeORM reads the row again, then updates the changed columns.
const RESPONSE_BY_ID_SQL = `SELECT ${columns('SurveyResponse', RESPONSE)} FROM "survey_response" "SurveyResponse" WHERE "SurveyResponse"."id" = $1`;
const INVITATION_SUBMITTED_SQL = `UPDATE "survey_invitation" SET "submitted_at" = $1 WHERE "id" = $2`;

/** TypeORM's UPDATE of the changed columns, in the entity's column order; `updated_at` last. */
function updateResponseSql(changes, explicitUpdatedAt) {
  const sets = [];
  const values = [];
  for (const [column, value] of changes) {
    values.push(value);
    sets.push(`"${column}" = $${values.length}`);
  }
  if (explicitUpdatedAt) {
    values.push(explicitUpdatedAt);
    sets.push(`"updated_at" = $${values.length}`);
  } else sets.push('"updated_at" = CURRENT_TIMESTAMP');
  return {
    text: `UPDATE "survey_response" SET ${sets.join(', ')} WHERE "id" = $${values.length + 1} RETURNING "updated_at"`,
    values,
  };
}

const prefixed = (row, prefix) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => k.startsWith(`${prefix}_`))
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );

const domain = (code) => new RequestError(code, code);

function requireOpen(survey) {
  const now = Date.now();
  if (survey.status !== 'PUBLISHED' || !survey.opens_at || survey.opens_at.getTime() > now)
    throw domain('SURVEY_NOT_OPEN');
  if (survey.closes_at && survey.closes_at.getTime() <= now) throw domain('SURVEY_CLOSED');
}

/** normaliseAnswer for the kinds the benchmark's survey has. */
function normalise(question, value) {
  const keys = new Set(question.options.map((o) => o.key));
  const other = (value.other ?? '').trim();
  if (other.length > 500) throw domain('ANSWER_INVALID');
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'LIKERT':
    case 'ORGANISATION_TYPE': {
      if (value.choice === 'other') {
        if (!question.allow_other || !other) throw domain('ANSWER_INVALID');
        return { choice: 'other', other };
      }
      if (!value.choice || !keys.has(value.choice)) throw domain('ANSWER_INVALID');
      return { choice: value.choice };
    }
    case 'MULTIPLE_CHOICE': {
      const choices = [...new Set(value.choices ?? [])];
      if (choices.some((c) => c !== 'other' && !keys.has(c))) throw domain('ANSWER_INVALID');
      if (choices.includes('other') && (!question.allow_other || !other)) throw domain('ANSWER_INVALID');
      const ordered = question.options.map((o) => o.key).filter((k) => choices.includes(k));
      return choices.includes('other') ? { choices: [...ordered, 'other'], other } : { choices: ordered };
    }
    case 'FREE_TEXT': {
      const text = (value.text ?? '').trim();
      if (text.length > 5000) throw domain('ANSWER_INVALID');
      return { text };
    }
    case 'NUMBER': {
      const n = value.number;
      if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > 1e12) throw domain('ANSWER_INVALID');
      return { number: n };
    }
    default:
      throw new RequestError('BAD_REQUEST', `question kind ${question.kind} is not served here`);
  }
}

const isEmpty = (v) =>
  !v.choice &&
  !v.choices?.length &&
  !v.other?.trim() &&
  !v.text?.trim() &&
  (v.number === null || v.number === undefined);

function isComplete(question, value) {
  if (!value) return false;
  if (question.kind === 'MULTIPLE_CHOICE') return Array.isArray(value.choices) && value.choices.length > 0;
  if (question.kind === 'FREE_TEXT') return typeof value.text === 'string' && value.text.length > 0;
  return true;
}

function isVisible(question, answers, byId, depth = 0) {
  if (!question.condition) return true;
  const source = byId.get(question.condition.questionId);
  if (depth > 50 || !source || !isVisible(source, answers, byId, depth + 1)) return false;
  const answer = answers.get(question.condition.questionId);
  const chosen = answer?.choices ?? (answer?.choice ? [answer.choice] : []);
  return chosen.some((k) => question.condition.optionKeys.includes(k));
}

async function structure(q, surveyId) {
  await q(SECTIONS_SQL, [surveyId]);
  return (await q(QUESTIONS_SQL, [surveyId])).map((r) => prefixed(r, 'SurveyQuestion'));
}

/** resolve + requireOpen + the response (made on the first save), locked. */
async function open(q, token) {
  if (typeof token !== 'string' || token.length < 16 || token.length > 100) throw domain('TOKEN_INVALID');
  const [invitationRow] = await q(INVITATION_BY_TOKEN_SQL, [token]);
  if (!invitationRow) throw new RequestError('BAD_REQUEST', 'only invitation links are served here');
  const invitation = prefixed(invitationRow, 'i');
  const survey = prefixed((await q(SURVEY_SQL, [invitation.survey_id]))[0], 'Survey');
  let [responseRow] = await q(RESPONSE_BY_INVITATION_SQL, [invitation.id]);
  requireOpen(survey);
  if (!responseRow) {
    await q(CREATE_RESPONSE_SQL, [survey.id, invitation.id, invitation.audience, invitation.language]);
    [responseRow] = await q(RESPONSE_BY_INVITATION_SQL, [invitation.id]);
  }
  const response = prefixed(responseRow, 'SurveyResponse');
  if (response.submitted_at) throw domain('SURVEY_SUBMITTED');
  return { survey, response };
}

async function write(q, survey, responseId, entries) {
  if (!entries.length) return;
  const questions = new Map((await structure(q, survey.id)).map((x) => [x.id, x]));
  await q(FIELDS_SQL, [survey.revision_id]);
  await q(PLACES_SQL, [survey.revision_id]);
  const upserts = [];
  const removals = [];
  for (const entry of entries) {
    const question = questions.get(entry.questionId);
    if (!question) throw domain('VALIDATION_FAILED');
    if (isEmpty(entry)) removals.push(question.id);
    else upserts.push([question.id, JSON.stringify(normalise(question, entry))]);
  }
  if (removals.length) await q(DELETE_ANSWERS_SQL, [responseId, removals]);
  if (upserts.length) await q(UPSERT_ANSWERS_SQL, [responseId, upserts.map((u) => u[0]), upserts.map((u) => u[1])]);
}

async function save(ctx, { t, l, a }) {
  if (a.length > 500) throw domain('VALIDATION_FAILED');
  return ctx.transaction(async (q) => {
    const { survey, response } = await open(q, t);
    await write(q, survey, response.id, a);
    await q(RESPONSE_BY_ID_SQL, [response.id]);
    const changes = survey.languages.includes(l) && l !== response.language ? [['language', l]] : [];
    const savedAt = new Date();
    const update = updateResponseSql(changes, savedAt);
    const [{ updated_at }] = await q(update.text, [...update.values, response.id]);
    return { saveSurveyAnswers: { savedAt: updated_at.toISOString(), submittedAt: null } };
  });
}

async function submit(ctx, { t, l, a = [] }) {
  return ctx.transaction(async (q) => {
    const { survey, response } = await open(q, t);
    await write(q, survey, response.id, a);
    const questions = await structure(q, survey.id);
    const byId = new Map(questions.map((x) => [x.id, x]));
    const stored = new Map(
      (await q(ANSWERS_SQL, [response.id])).map((r) => [r.SurveyAnswer_question_id, r.SurveyAnswer_value]),
    );
    const hidden = questions.filter((x) => !isVisible(x, stored, byId));
    const missing = questions.filter((x) => x.required && !hidden.includes(x) && !isComplete(x, stored.get(x.id)));
    if (missing.length) throw domain('SURVEY_INCOMPLETE');
    if (hidden.length) await q(DELETE_ANSWERS_SQL, [response.id, hidden.map((x) => x.id)]);
    const place = questions.find((x) => x.kind === 'MUNICIPALITY' && stored.has(x.id));
    const type = questions.find((x) => x.kind === 'ORGANISATION_TYPE' && stored.has(x.id));
    const invitation = response.invitation_id
      ? prefixed((await q(INVITATION_BY_ID_SQL, [response.invitation_id]))[0], 'SurveyInvitation')
      : null;
    const municipalityId =
      (place && !hidden.includes(place) ? (stored.get(place.id)?.municipalityId ?? null) : null) ??
      invitation?.municipality_id ??
      null;
    const typeAnswer = type && !hidden.includes(type) ? stored.get(type.id) : undefined;
    const respondentType = typeAnswer?.choice ? typeAnswer.choice : response.audience;
    const language = survey.languages.includes(l) ? l : response.language;
    const submittedAt = new Date();
    await q(RESPONSE_BY_ID_SQL, [response.id]);
    const changes = [
      ['language', language],
      ['municipality_id', municipalityId],
      ['respondent_type', respondentType],
    ].filter(([column, value]) => value !== response[column]);
    const update = updateResponseSql([...changes, ['submitted_at', submittedAt]], null);
    const [{ updated_at }] = await q(update.text, [...update.values, response.id]);
    if (invitation) await q(INVITATION_SUBMITTED_SQL, [submittedAt, invitation.id]);
    return { submitSurveyResponse: { savedAt: updated_at.toISOString(), submittedAt: submittedAt.toISOString() } };
  });
}

// Respondents have no session: answered without one, as the API answers them.
save.anonymous = true;
submit.anonymous = true;
const operations = { [SAVE_MUTATION]: save, [SUBMIT_MUTATION]: submit };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serveBaseline(operations).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
