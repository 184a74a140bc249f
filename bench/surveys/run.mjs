#!/usr/bin/env node
// `npm run bench:surveys`: an online survey under load, and the export of its responses.
//
// (a) Answering: BENCH_RESPONDENTS invitees (5,000) each open their personal link's mutations in four steps
// (three saves, one per section, then the submission), arriving evenly over BENCH_SECONDS (120 by default;
// 600 spreads them over the ten minutes the target names). Sent to the real API and, for a second survey of
// the same shape, to a raw node:http + pg server running the same SQL (baseline-server.mjs). Reports p50,
// p95 and p99 latency of save and submit for both, and fails unless every respondent's response is submitted
// with all its answers in the database (nothing lost) and no request failed.
//
// (b) Exporting: BENCH_EXPORT_ROWS submitted responses (10,000; and a tenth of them, to show that memory does
// not grow with the rows) as CSV through the real export job (export-job.ts, a process of its own per run, so
// its peak RSS is its own) against `psql \copy (SELECT …) TO file CSV` of the same data: wall time and peak
// RSS. BENCH_JOB_HEAP_MB caps the job process's V8 old space (--max-old-space-size; off by default).
//
// Like the other scenarios (bench/lib/harness.mjs): an embedded PostgreSQL (or PG_ADMIN_URL), a database of
// its own, the API migrating and seeding it. Writes bench/results/surveys-<date>.json (surveys-<N>s-… when
// BENCH_SECONDS is not the default). BENCH_TRACE=1 prints the API's SQL for save and submit and stops: that is
// where the baseline's statements come from.
import { spawn } from 'node:child_process';
import { deepStrictEqual, equal } from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  createDatabase,
  DEMO,
  intFromEnv,
  loadBefore,
  log,
  machine,
  post,
  root,
  run,
  signIn,
  sortedStatements,
  startApi,
  startChild,
  writeResults,
} from '../lib/harness.mjs';
import { seedExportResponses } from './export-seed.mjs';
import { answerSteps, buildSurvey, gql, SAVE_MUTATION, SUBMIT_MUTATION } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SECONDS = 120;
const config = {
  respondents: intFromEnv('BENCH_RESPONDENTS', 5000),
  seconds: intFromEnv('BENCH_SECONDS', DEFAULT_SECONDS),
  exportRows: intFromEnv('BENCH_EXPORT_ROWS', 10_000, 10),
  exportRuns: intFromEnv('BENCH_RUNS', 2),
  // V8 grows its heap lazily under churn; a cap shows what the job needs rather than what V8 let pile up.
  jobHeapMb: intFromEnv('BENCH_JOB_HEAP_MB', 0, 0),
};
const DEMO_REVISION = 'Fortschreibung des Integrationskonzepts 2026–2028';

const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => (n === null ? null : Math.round(n * 10) / 10);
const stats = (values) => ({
  count: values.length,
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  p99: round(percentile(values, 99)),
  max: round(values.length ? Math.max(...values) : null),
});

const body = (query, token, language, answers) =>
  JSON.stringify({ query, variables: { t: token, l: language, a: answers } });

/**
 * The respondents of one survey, arriving evenly over `seconds`; each sends its steps one after the other, as
 * a browser does, over keep-alive connections. Latency per kind; any error, non-2xx or GraphQL error counts.
 */
async function answerAll(url, respondents, questions, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const latencies = { save: [], submit: [] };
  const failures = [];
  const send = (payload) =>
    new Promise((ok, ko) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => ok({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', ko);
        },
      );
      req.on('error', ko);
      req.end(payload);
    });
  const respond = async (respondent, n) => {
    const steps = answerSteps(questions, n);
    for (const [i, answers] of steps.entries()) {
      const submit = i === steps.length - 1;
      const started = performance.now();
      try {
        const r = await send(
          body(submit ? SUBMIT_MUTATION : SAVE_MUTATION, respondent.token, respondent.language, answers),
        );
        const elapsed = performance.now() - started;
        if (r.status !== 200 || r.text.includes('"errors"')) throw new Error(`${r.status}: ${r.text.slice(0, 200)}`);
        if (submit && !r.text.includes('"submittedAt":"')) throw new Error(`not submitted: ${r.text.slice(0, 200)}`);
        latencies[submit ? 'submit' : 'save'].push(elapsed);
      } catch (e) {
        failures.push(e.message);
        return;
      }
    }
  };
  const started = Date.now();
  const interval = (seconds * 1000) / respondents.length;
  const running = [];
  for (const [n, respondent] of respondents.entries()) {
    const due = started + n * interval;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    running.push(respond(respondent, n));
    if (n % 500 === 499) log(`  ${n + 1} respondents started after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await Promise.all(running);
  agent.destroy();
  return {
    wallSeconds: round((Date.now() - started) / 1000),
    save: stats(latencies.save),
    submit: stats(latencies.submit),
    failures: failures.length,
    firstFailures: failures.slice(0, 5),
  };
}

/** Nothing lost: every respondent's response submitted with all six answers, its invitation marked submitted. */
async function verify(db, surveyId, respondents, questionCount) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS submitted,
            count(*) FILTER (WHERE (SELECT count(*) FROM survey_answer a WHERE a.response_id = r.id) = $2)::int AS complete,
            (SELECT count(*)::int FROM survey_invitation i WHERE i.survey_id = $1 AND i.submitted_at IS NOT NULL) AS invitations
       FROM survey_response r WHERE r.survey_id = $1 AND r.submitted_at IS NOT NULL`,
    [surveyId, questionCount],
  );
  const [{ answers }] = (
    await db.query(
      `SELECT count(*)::int AS answers FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = $1`,
      [surveyId],
    )
  ).rows;
  const found = { ...rows[0], answers };
  deepStrictEqual(
    found,
    { submitted: respondents, complete: respondents, invitations: respondents, answers: respondents * questionCount },
    'every respondent submitted with all answers',
  );
  return found;
}

async function respondentsOf(db, surveyId, count) {
  const { rows } = await db.query(
    `SELECT token, language FROM survey_invitation WHERE survey_id = $1 ORDER BY email LIMIT $2`,
    [surveyId, count],
  );
  equal(rows.length, count);
  return rows;
}

// ---- (b) export ---------------------------------------------------------------------------------

/** Runs a command under /usr/bin/time: wall seconds and peak RSS (MB) of the process itself. */
function timed(command, args, env = {}) {
  return new Promise((ok, ko) => {
    const out = join(mkdtempSync(join(tmpdir(), 'kw-bench-time-')), 'time');
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', out, command, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', ko);
    child.on('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const peakKb = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
      rmSync(dirname(out), { recursive: true, force: true });
      if (code !== 0) return ko(new Error(`${command} exited with ${code}`));
      ok({
        wallSeconds: Math.round(wallSeconds * 100) / 100,
        peakRssMb: round(peakKb / 1024),
        stdout: Buffer.concat(chunks).toString(),
      });
    });
  });
}

/** The real job in a process of its own (export-job.ts): requests the export, runs the job, reports. */
async function exportJob(databaseUrl, surveyId, requestedById) {
  const heap = config.jobHeapMb ? [`--max-old-space-size=${config.jobHeapMb}`] : [];
  const r = await timed(process.execPath, [...heap, '-r', '@swc-node/register', join(here, 'export-job.ts')], {
    DATABASE_URL: databaseUrl,
    SURVEY_ID: surveyId,
    REQUESTED_BY_ID: requestedById,
    SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'),
    NODE_ENV: 'production',
  });
  const report = JSON.parse(r.stdout.trim().split('\n').pop());
  return { wallSeconds: r.wallSeconds, peakRssMb: r.peakRssMb, ...report };
}

/** `psql \copy (SELECT …) TO file CSV` of the same rows and columns. */
async function psqlCopy(databaseUrl, select) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-copy-'));
  const file = join(dir, 'responses.csv');
  try {
    const r = await timed('psql', [
      databaseUrl,
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      `\\copy (${select}) TO '${file}' CSV HEADER`,
    ]);
    const text = readFileSync(file, 'utf8');
    return {
      wallSeconds: r.wallSeconds,
      peakRssMb: r.peakRssMb,
      bytes: statSync(file).size,
      lines: text.split('\n').length - 1,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  const before = loadBefore();
  const database = await createDatabase();
  log(`PostgreSQL ${database.version}, database ${database.name}; starting the API (migrate, seed)…`);
  const api = startApi(database.url);
  const apiUrl = `http://127.0.0.1:${(await api.ready).port}/graphql`;
  const coordinator = await signIn(apiUrl, DEMO.coordinator);
  const { regions } = await gql(apiUrl, '{ regions { id revisions { id title } } }', {}, coordinator);
  const revisionId = regions.flatMap((r) => r.revisions).find((r) => r.title === DEMO_REVISION).id;

  const trace = process.env.BENCH_TRACE === '1';
  log(`building two surveys with ${config.respondents} invitations each through the API…`);
  const apiSurvey = await buildSurvey(
    apiUrl,
    coordinator,
    revisionId,
    'Umfrage (Last, API)',
    trace ? 2 : config.respondents + 1,
  );
  const baselineSurvey = await buildSurvey(
    apiUrl,
    coordinator,
    revisionId,
    'Umfrage (Last, Baseline)',
    trace ? 2 : config.respondents + 1,
  );
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  await db.query('ANALYZE');
  const apiRespondents = await respondentsOf(db, apiSurvey.id, trace ? 2 : config.respondents + 1);
  const baselineRespondents = await respondentsOf(db, baselineSurvey.id, trace ? 2 : config.respondents + 1);

  // One respondent of each survey goes through the sanity check; the others are the load.
  const check = async (server, url, survey, respondent) => {
    const steps = answerSteps(survey.questions, 0);
    const save = await server.traced(() =>
      post(url, body(SAVE_MUTATION, respondent.token, respondent.language, steps[0])),
    );
    const submit = await server.traced(() =>
      post(url, body(SUBMIT_MUTATION, respondent.token, respondent.language, steps.slice(1).flat())),
    );
    for (const r of [save.result, submit.result])
      if (r.status !== 200 || JSON.parse(r.text).errors) throw new Error(`${r.status}: ${r.text.slice(0, 300)}`);
    return { save, submit };
  };
  if (trace) {
    const { save, submit } = await check(api, apiUrl, apiSurvey, apiRespondents[0]);
    for (const [name, t] of [
      ['save', save],
      ['submit', submit],
    ]) {
      console.log(`--- ${name}: ${t.result.text.slice(0, 300)}`);
      for (const s of t.statements) console.log(JSON.stringify(s));
    }
    await db.end();
    return;
  }

  const baseline = startChild('baseline', [join(here, 'baseline-server.mjs')], { DATABASE_URL: database.url });
  const baselineUrl = `http://127.0.0.1:${(await baseline.ready).port}/graphql`;
  log(`API on ${apiUrl}, baseline on ${baselineUrl} (${((Date.now() - started) / 1000).toFixed(1)} s to set up)`);
  const apiCheck = await check(api, apiUrl, apiSurvey, apiRespondents[0]);
  const baselineCheck = await check(baseline, baselineUrl, baselineSurvey, baselineRespondents[0]);
  const shape = (text) => {
    const data = JSON.parse(text).data;
    const [[name, value]] = Object.entries(data);
    return {
      name,
      savedAt: typeof value.savedAt,
      submittedAt: value.submittedAt === null ? null : typeof value.submittedAt,
    };
  };
  for (const kind of ['save', 'submit']) {
    deepStrictEqual(shape(baselineCheck[kind].result.text), shape(apiCheck[kind].result.text), `${kind} answers alike`);
    deepStrictEqual(
      sortedStatements(baselineCheck[kind].statements, { parameters: false }),
      sortedStatements(apiCheck[kind].statements, { parameters: false }),
      `the baseline must run the SQL the API runs for ${kind} (update baseline-server.mjs from BENCH_TRACE=1)`,
    );
  }
  log(
    `sanity checks passed: save ${apiCheck.save.statements.length} SQL statements, submit ${apiCheck.submit.statements.length}`,
  );

  const questionCount = apiSurvey.questions.length;
  log(`(a) API: ${config.respondents} respondents over ${config.seconds} s…`);
  const apiLoad = await answerAll(apiUrl, apiRespondents.slice(1), apiSurvey.questions, config.seconds);
  log(`(a) baseline: ${config.respondents} respondents over ${config.seconds} s…`);
  const baselineLoad = await answerAll(
    baselineUrl,
    baselineRespondents.slice(1),
    baselineSurvey.questions,
    config.seconds,
  );
  for (const [name, r] of [
    ['API', apiLoad],
    ['baseline', baselineLoad],
  ])
    if (r.failures) throw new Error(`${name}: ${r.failures} respondents failed, e.g. ${r.firstFailures.join(' | ')}`);
  // The sanity check's respondent is one more.
  const stored = {
    api: await verify(db, apiSurvey.id, config.respondents + 1, questionCount),
    baseline: await verify(db, baselineSurvey.id, config.respondents + 1, questionCount),
  };
  log('verified: every response submitted with all its answers');

  // (b) The export of BENCH_EXPORT_ROWS and a tenth of them.
  const [{ id: coordinatorId }] = (await db.query('SELECT id FROM account WHERE email = $1', [DEMO.coordinator])).rows;
  const exports = [];
  for (const rows of [Math.round(config.exportRows / 10), config.exportRows]) {
    log(`(b) ${rows} submitted responses: seeding…`);
    const seeded = await seedExportResponses(db, { templateSurveyId: apiSurvey.id, revisionId, rows });
    await db.query('ANALYZE');
    const runs = { job: [], psql: [] };
    for (let i = 0; i < config.exportRuns; i++) {
      const job = await exportJob(database.url, seeded.surveyId, coordinatorId);
      equal(job.processed, rows, 'the job exported every submitted response');
      runs.job.push(job);
      const copy = await psqlCopy(database.url, seeded.select);
      equal(copy.lines, rows + 1, 'psql copied every submitted response and the header');
      runs.psql.push(copy);
    }
    const worst = (list, key) => Math.max(...list.map((r) => r[key]));
    exports.push({
      rows,
      job: {
        worstJobSeconds: worst(runs.job, 'jobSeconds'),
        worstWallSeconds: worst(runs.job, 'wallSeconds'),
        worstPeakRssMb: worst(runs.job, 'peakRssMb'),
        runs: runs.job,
      },
      psql: {
        worstWallSeconds: worst(runs.psql, 'wallSeconds'),
        worstPeakRssMb: worst(runs.psql, 'peakRssMb'),
        runs: runs.psql,
      },
    });
    log(
      `    job ${worst(runs.job, 'jobSeconds')} s in the job (${worst(runs.job, 'wallSeconds')} s with the process), ` +
        `${worst(runs.job, 'peakRssMb')} MB; psql ${worst(runs.psql, 'wallSeconds')} s, ${worst(runs.psql, 'peakRssMb')} MB`,
    );
  }
  await db.end();

  const line = (name, r) =>
    `| ${name.padEnd(16)} | ${String(r.count).padStart(6)} | ${String(r.p50).padStart(8)} | ${String(r.p95).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.max).padStart(8)} |`;
  console.log(
    [
      '',
      `Survey: ${config.respondents} respondents over ${config.seconds} s, 3 saves and a submission each`,
      '',
      '| request          |  count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |',
      '| ---------------- | -----: | -------: | -------: | -------: | -------: |',
      line('save: API', apiLoad.save),
      line('save: baseline', baselineLoad.save),
      line('submit: API', apiLoad.submit),
      line('submit: baseline', baselineLoad.submit),
      '',
      ...exports.map(
        (e) =>
          `Export of ${e.rows} responses: job ${e.job.worstJobSeconds} s (${e.job.worstWallSeconds} s with its process) / ` +
          `${e.job.worstPeakRssMb} MB, ` +
          `psql \\copy ${e.psql.worstWallSeconds} s / ${e.psql.worstPeakRssMb} MB`,
      ),
      '',
    ].join('\n'),
  );

  await writeResults(config.seconds === DEFAULT_SECONDS ? 'surveys' : `surveys-${config.seconds}s`, {
    scenario:
      'survey: respondents save in three steps and submit (API vs raw node:http + pg); CSV export of the responses (job vs psql \\copy)',
    date: new Date().toISOString(),
    machine: machine(before, database),
    config: {
      ...config,
      questions: questionCount,
      saveSqlStatements: apiCheck.save.statements.length,
      submitSqlStatements: apiCheck.submit.statements.length,
    },
    queries: { save: SAVE_MUTATION, submit: SUBMIT_MUTATION },
    answering: { api: apiLoad, baseline: baselineLoad, stored },
    exports,
  });
}

run(main, config.seconds * 2 + 600);
