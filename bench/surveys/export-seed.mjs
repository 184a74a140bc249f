// The data of the export benchmark: a survey with the questions of the answering benchmark's survey (copied
// in SQL) and `rows` submitted responses with an answer to each question, written in a few set-based
// statements; and the SELECT that gives `psql \copy` the same rows and columns as the export job's CSV.

/** The answer to each kind of question, from the response's number n (as answerSteps in seed.mjs gives them). */
const VALUE_SQL = {
  SINGLE_CHOICE: `jsonb_build_object('choice', 'o' || (1 + n % 3))`,
  NUMBER: `jsonb_build_object('number', n % 25)`,
  MULTIPLE_CHOICE: `CASE WHEN n % 7 = 0
      THEN jsonb_build_object('choices', jsonb_build_array('o1', 'o' || (2 + n % 4), 'other'), 'other', 'Mobilität auf dem Land')
      ELSE jsonb_build_object('choices', jsonb_build_array('o1', 'o' || (2 + n % 4))) END`,
  LIKERT: `jsonb_build_object('choice', (1 + n % 5)::text)`,
  FREE_TEXT: `jsonb_build_object('text', 'Mehr Sprachkurse am Abend, mit Kinderbetreuung (Antwort ' || n || ').')`,
};

/** A cell as the job writes it: German option labels ("; "-joined, "Sonstiges: …" for other), texts, numbers. */
const CELL_SQL = {
  SINGLE_CHOICE: (q) =>
    `(SELECT o->'label'->>'de' FROM jsonb_array_elements(${q}.options) o WHERE o->>'key' = a.value->>'choice')`,
  LIKERT: (q) => CELL_SQL.SINGLE_CHOICE(q),
  MULTIPLE_CHOICE: (q) =>
    `concat_ws('; ', (SELECT string_agg(o->'label'->>'de', '; ' ORDER BY i) FROM jsonb_array_elements(${q}.options) WITH ORDINALITY e(o, i)
                      WHERE a.value->'choices' ? (o->>'key')),
              'Sonstiges: ' || (a.value->>'other'))`,
  NUMBER: () => `a.value->>'number'`,
  FREE_TEXT: () => `a.value->>'text'`,
};

export async function seedExportResponses(db, { templateSurveyId, revisionId, rows }) {
  const q = async (text, values) => (await db.query(text, values)).rows;
  const [{ id: surveyId }] = await q(
    `INSERT INTO survey (revision_id, title, intro, languages, status, opens_at, closes_at, version)
     SELECT revision_id, jsonb_build_object('de', 'Umfrage (Export, ' || $2 || ' Antworten)'), intro, languages, status,
            opens_at, closes_at, 1
       FROM survey WHERE id = $1 RETURNING id`,
    [templateSurveyId, rows],
  );
  await q(
    `INSERT INTO survey_section (survey_id, position, title, description)
     SELECT $2, position, title, description FROM survey_section WHERE survey_id = $1`,
    [templateSurveyId, surveyId],
  );
  await q(
    `INSERT INTO survey_question (survey_id, section_id, position, kind, required, text, help, options, allow_other)
     SELECT $2, ns.id, q.position, q.kind, q.required, q.text, q.help, q.options, q.allow_other
       FROM survey_question q
       JOIN survey_section os ON os.id = q.section_id
       JOIN survey_section ns ON ns.survey_id = $2 AND ns.position = os.position
      WHERE q.survey_id = $1`,
    [templateSurveyId, surveyId],
  );
  const questions = await q(
    `SELECT q.id, q.kind FROM survey_question q JOIN survey_section s ON s.id = q.section_id
      WHERE q.survey_id = $1 ORDER BY s.position, q.position, q.id`,
    [surveyId],
  );
  const places = (
    await q(
      `SELECT m.id FROM municipality m JOIN concept_revision r ON r.region_id = m.region_id WHERE r.id = $1 ORDER BY m.name`,
      [revisionId],
    )
  ).map((m) => m.id);
  await q(
    `INSERT INTO survey_response (survey_id, audience, language, municipality_id, respondent_type, submitted_at)
     SELECT $1, a.audience::survey_audience, (ARRAY['de','en','uk','ar'])[1 + g % 4], ($3::uuid[])[1 + g % array_length($3::uuid[], 1)],
            a.audience, now() - make_interval(secs => g)
       FROM generate_series(1, $2) g
       CROSS JOIN LATERAL (SELECT (ARRAY['ORGANISATION','PERSON','MUNICIPALITY','PUBLIC'])[1 + g % 4] AS audience) a`,
    [surveyId, rows, places],
  );
  for (const question of questions)
    await q(
      `INSERT INTO survey_answer (response_id, question_id, value)
       SELECT id, $2, ${VALUE_SQL[question.kind]}
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM survey_response WHERE survey_id = $1) r`,
      [surveyId, question.id],
    );
  const columns = questions.map((question, i) => {
    const alias = `q${i}`;
    return `(SELECT ${CELL_SQL[question.kind](alias)} FROM survey_answer a JOIN survey_question ${alias} ON ${alias}.id = a.question_id
              WHERE a.response_id = r.id AND a.question_id = '${question.id}') AS "${alias}"`;
  });
  const select = `SELECT r.id, r.submitted_at, r.audience, r.language, m.name AS municipality, r.respondent_type, ${columns.join(', ')}
    FROM survey_response r LEFT JOIN municipality m ON m.id = r.municipality_id
   WHERE r.survey_id = '${surveyId}' AND r.submitted_at IS NOT NULL ORDER BY r.id`;
  return { surveyId, select: select.replace(/\s+/g, ' ') };
}
