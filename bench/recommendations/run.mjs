#!/usr/bin/env node
// `npm run bench:recommendations`: the recommendation list (a page of 100 of
// BENCH_RECOMMENDATIONS, with counts of supports and comments, authors and
// organisations) and the SUBMIT of a draft, each sent to the real API and to a
// raw node:http + pg server running the same SQL (baseline-server.mjs).
//
// Like the dashboard benchmark (bench/lib/harness.mjs): an embedded
// PostgreSQL (or PG_ADMIN_URL), a database of its own, the API migrating and
// seeding it, then bench data (seed.mjs). Before loading, both servers must
// answer the list with the same JSON after the same SQL (text and
// parameters), and a SUBMIT with the same JSON shape after the same SQL
// statements (text and number of parameters; the ids differ). Every SUBMIT
// during the load goes to a draft of its own. Prints a table and the ratios,
// writes bench/results/recommendations-<date>.json.
//
// BENCH_DURATION (s, 10), BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (10),
// BENCH_RECOMMENDATIONS (listed recommendations, 1000), BENCH_PAGE (page size,
// 100), BENCH_DRAFTS (drafts to submit, 20000), PG_ADMIN_URL (optional),
// BENCH_TRACE=1 (print the API's SQL for both operations and stop).
import { deepStrictEqual, equal } from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  createDatabase,
  DEMO,
  intFromEnv,
  loadBefore,
  loadConfig,
  log,
  machine,
  measure,
  post,
  run,
  signIn,
  sortedStatements,
  startApi,
  startChild,
  table,
  writeResults,
} from '../lib/harness.mjs';
import { LIST_QUERY, SUBMIT_MUTATION } from './baseline-server.mjs';
import { seedRecommendations } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const config = {
  ...loadConfig(),
  recommendations: intFromEnv('BENCH_RECOMMENDATIONS', 1000),
  page: intFromEnv('BENCH_PAGE', 100),
  drafts: intFromEnv('BENCH_DRAFTS', 20_000),
};
const DEMO_REVISION = 'Fortschreibung des Integrationskonzepts 2026–2028';
const LISTED = ['IN_REVIEW', 'FEASIBILITY_CHECK', 'AGREED'];

const listBody = (revisionId) =>
  JSON.stringify({
    operationName: 'RecommendationList',
    query: LIST_QUERY,
    variables: { revisionId, filter: { statuses: LISTED }, limit: config.page, offset: 0 },
  });
const submitBody = (id) => JSON.stringify({ operationName: 'Submit', query: SUBMIT_MUTATION, variables: { id } });

/** Hands out each draft once, across the sanity check, the warm-ups and the measured runs. */
function draftDispenser(drafts) {
  let next = 0;
  return () => {
    if (next >= drafts.length) throw new Error(`all ${drafts.length} drafts are submitted: raise BENCH_DRAFTS`);
    return drafts[next++];
  };
}

async function main() {
  const started = Date.now();
  const before = loadBefore();
  const database = await createDatabase();
  log(`PostgreSQL ${database.version}, database ${database.name}; starting the API (migrate, seed)…`);
  const api = startApi(database.url);
  const apiUrl = `http://127.0.0.1:${(await api.ready).port}/graphql`;

  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  log(`adding ${config.recommendations} recommendations and ${config.drafts} drafts…`);
  const seeded = await seedRecommendations(db, {
    revisionTitle: DEMO_REVISION,
    participantEmail: DEMO.participant,
    listed: config.recommendations,
    drafts: config.drafts,
  });
  await db.query('ANALYZE');
  const listed = Number(
    (
      await db.query(`SELECT count(*) FROM recommendation WHERE revision_id = $1 AND status::text = ANY($2)`, [
        seeded.revisionId,
        LISTED,
      ])
    ).rows[0].count,
  );
  await db.end();
  const nextDraft = draftDispenser(seeded.drafts);

  const coordinator = await signIn(apiUrl, DEMO.coordinator);
  const participant = await signIn(apiUrl, DEMO.participant);
  const list = listBody(seeded.revisionId);
  if (process.env.BENCH_TRACE === '1') {
    for (const [name, body, cookie] of [
      ['list', list, coordinator],
      ['submit', submitBody(nextDraft()), participant],
    ]) {
      const { result, statements } = await api.traced(() => post(apiUrl, body, cookie));
      console.log(`--- ${name}: ${result.text.slice(0, 300)}`);
      for (const s of statements) console.log(JSON.stringify(s));
    }
    return;
  }

  const baseline = startChild('baseline', [join(here, 'baseline-server.mjs')], { DATABASE_URL: database.url });
  const baselineUrl = `http://127.0.0.1:${(await baseline.ready).port}/graphql`;
  log(`API on ${apiUrl}, baseline on ${baselineUrl} (${((Date.now() - started) / 1000).toFixed(1)} s to set up)`);

  // Sanity: the list, same answer from the same SQL.
  const apiList = await api.traced(() => post(apiUrl, list, coordinator));
  const baselineList = await baseline.traced(() => post(baselineUrl, list, coordinator));
  const apiListJson = JSON.parse(apiList.result.text);
  if (apiListJson.errors) throw new Error(`the API answered with errors: ${JSON.stringify(apiListJson.errors)}`);
  equal(apiListJson.data.recommendations.total, listed, 'the API lists every seeded recommendation');
  equal(apiListJson.data.recommendations.items.length, Math.min(config.page, listed));
  deepStrictEqual(JSON.parse(baselineList.result.text), apiListJson, 'the baseline must answer the list as the API');
  deepStrictEqual(
    sortedStatements(baselineList.statements),
    sortedStatements(apiList.statements),
    'the baseline must run the SQL the API runs for the list (update baseline-server.mjs from BENCH_TRACE=1)',
  );

  // Sanity: a SUBMIT each, same shape of answer from the same statements.
  const apiSubmit = await api.traced(() => post(apiUrl, submitBody(nextDraft()), participant));
  const baselineSubmit = await baseline.traced(() => post(baselineUrl, submitBody(nextDraft()), participant));
  const shape = (text) => {
    const json = JSON.parse(text);
    if (json.errors) throw new Error(`SUBMIT answered with errors: ${text}`);
    const { id, reference, statusChangedAt, ...rest } = json.data.transitionRecommendation;
    return { ...rest, id: typeof id, reference: typeof reference, statusChangedAt: typeof statusChangedAt };
  };
  deepStrictEqual(shape(baselineSubmit.result.text), shape(apiSubmit.result.text), 'SUBMIT answers alike');
  equal(shape(apiSubmit.result.text).status, 'SUBMITTED');
  deepStrictEqual(
    sortedStatements(baselineSubmit.statements, { parameters: false }),
    sortedStatements(apiSubmit.statements, { parameters: false }),
    'the baseline must run the SQL the API runs for SUBMIT (update baseline-server.mjs from BENCH_TRACE=1)',
  );
  log(
    `sanity checks passed: list ${apiList.result.text.length} bytes from ${apiList.statements.length} SQL statements, ` +
      `SUBMIT ${apiSubmit.statements.length} statements`,
  );

  // Each SUBMIT request takes the next draft; the answer differs per draft, so it is checked for errors only.
  const submitRequests = [
    {
      method: 'POST',
      setupRequest: (req) => ({ ...req, body: submitBody(nextDraft()) }),
      onResponse: (status, body) => {
        if (status !== 200 || !body.includes('"status":"SUBMITTED"')) {
          throw new Error(`SUBMIT failed (${status}): ${body.slice(0, 300)}`);
        }
      },
    },
  ];
  const results = {
    list: {
      api: await measure(
        'list: api',
        apiUrl,
        { body: list, cookie: coordinator, expectBody: apiList.result.text },
        config,
      ),
      baseline: await measure(
        'list: baseline',
        baselineUrl,
        { body: list, cookie: coordinator, expectBody: baselineList.result.text },
        config,
      ),
    },
    submit: {
      api: await measure('submit: api', apiUrl, { requests: submitRequests, cookie: participant }, config),
      baseline: await measure(
        'submit: baseline',
        baselineUrl,
        { requests: submitRequests, cookie: participant },
        config,
      ),
    },
  };
  const ratio = (r) => r.api.requestsPerSecond / r.baseline.requestsPerSecond;
  const ratios = { list: ratio(results.list), submit: ratio(results.submit) };
  console.log(
    [
      '',
      `Recommendations: a page of ${config.page} of ${listed} (${apiList.statements.length} SQL statements), ` +
        `SUBMIT (${apiSubmit.statements.length} SQL statements), ${config.connections} connections, ${config.duration} s each`,
      '',
      table([
        ['list: API', results.list.api],
        ['list: baseline', results.list.baseline],
        ['submit: API', results.submit.api],
        ['submit: baseline', results.submit.baseline],
      ]),
      '',
      `API / baseline throughput: list ${ratios.list.toFixed(3)}, submit ${ratios.submit.toFixed(3)}`,
      '',
    ].join('\n'),
  );

  await writeResults('recommendations', {
    scenario: 'recommendation list (query RecommendationList) and SUBMIT (mutation Submit)',
    date: new Date().toISOString(),
    machine: machine(before, database),
    config: {
      ...config,
      listed,
      listResponseBytes: Buffer.byteLength(apiList.result.text),
      listSqlStatements: apiList.statements.length,
      submitSqlStatements: apiSubmit.statements.length,
    },
    queries: { list: LIST_QUERY, submit: SUBMIT_MUTATION },
    results,
    ratioApiToBaseline: ratios,
  });
}

run(main, (config.warmup + config.duration) * 4);
