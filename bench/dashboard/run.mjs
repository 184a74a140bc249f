#!/usr/bin/env node
// `npm run bench`: the revision dashboard query, the real API against a raw
// node:http + pg server running the same SQL (baseline-server.mjs).
//
// Starts an embedded PostgreSQL (or uses PG_ADMIN_URL), makes a database for
// the run, lets the API migrate and seed it, adds earlier revisions, starts
// both servers as child processes on loopback ports, checks that they answer
// with the same JSON after the same SQL, then loads each in turn with
// autocannon from this process. Prints a table, writes
// bench/results/dashboard-<date>.json, and cleans up on every exit path
// (bench/lib/harness.mjs).
//
// BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 3),
// BENCH_REVISIONS (revisions in the region, 20), PG_ADMIN_URL (optional).
import { deepStrictEqual } from 'node:assert/strict';
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
import { DASHBOARD_QUERY } from './baseline-server.mjs';
import { addEarlierRevisions } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const config = { ...loadConfig(), revisions: intFromEnv('BENCH_REVISIONS', 20) };
const REGION_NAME = 'Kreis Gütersloh';

async function main() {
  const started = Date.now();
  const before = loadBefore();
  const database = await createDatabase();
  log(`PostgreSQL ${database.version}, database ${database.name}; starting the API (migrate, seed)…`);
  const api = startApi(database.url);
  const apiUrl = `http://127.0.0.1:${(await api.ready).port}/graphql`;

  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const region = (await db.query('SELECT id FROM region WHERE name = $1', [REGION_NAME])).rows[0];
  if (!region) throw new Error(`the demo seed has no region "${REGION_NAME}"`);
  const existing = Number(
    (await db.query('SELECT count(*) FROM concept_revision WHERE region_id = $1', [region.id])).rows[0].count,
  );
  if (config.revisions > existing) await addEarlierRevisions(db, region.id, config.revisions - existing);
  await db.query('ANALYZE');
  await db.end();

  const baseline = startChild('baseline', [join(here, 'baseline-server.mjs')], { DATABASE_URL: database.url });
  const baselineUrl = `http://127.0.0.1:${(await baseline.ready).port}/graphql`;
  log(`API on ${apiUrl}, baseline on ${baselineUrl} (${((Date.now() - started) / 1000).toFixed(1)} s to set up)`);

  // Sanity: same answer, same SQL.
  const cookie = await signIn(apiUrl, DEMO.coordinator);
  const body = JSON.stringify({ operationName: 'Dashboard', query: DASHBOARD_QUERY, variables: { id: region.id } });
  const apiOnce = await api.traced(() => post(apiUrl, body, cookie));
  const baselineOnce = await baseline.traced(() => post(baselineUrl, body, cookie));
  for (const [name, r] of [
    ['API', apiOnce.result],
    ['baseline', baselineOnce.result],
  ]) {
    if (r.status !== 200) throw new Error(`${name} answered ${r.status}: ${r.text.slice(0, 500)}`);
  }
  const apiJson = JSON.parse(apiOnce.result.text);
  const baselineJson = JSON.parse(baselineOnce.result.text);
  if (apiJson.errors) throw new Error(`the API answered with errors: ${JSON.stringify(apiJson.errors)}`);
  if (apiJson.data.region.revisions.length !== config.revisions) {
    throw new Error(`expected ${config.revisions} revisions, the API returned ${apiJson.data.region.revisions.length}`);
  }
  deepStrictEqual(baselineJson, apiJson, 'the baseline must answer exactly what the API answers');
  deepStrictEqual(
    sortedStatements(baselineOnce.statements),
    sortedStatements(apiOnce.statements),
    'the baseline must run the SQL the API runs (update baseline-server.mjs from the trace)',
  );
  const statementCount = apiOnce.statements.length;
  log(
    `sanity check passed: identical JSON (${apiOnce.result.text.length} bytes) from the same ${statementCount} SQL statements`,
  );

  const results = {
    api: await measure('api', apiUrl, { body, cookie, expectBody: apiOnce.result.text }, config),
    baseline: await measure('baseline', baselineUrl, { body, cookie, expectBody: baselineOnce.result.text }, config),
  };
  const ratio = results.api.requestsPerSecond / results.baseline.requestsPerSecond;
  console.log(
    [
      '',
      `Revision dashboard: ${config.revisions} revisions, ${statementCount} SQL statements per request, ` +
        `${config.connections} connections, ${config.duration} s each`,
      '',
      table([
        ['API', results.api],
        ['baseline', results.baseline],
      ]),
      '',
      `API / baseline throughput: ${ratio.toFixed(3)} (the baseline serves ${(1 / ratio).toFixed(1)}× as many requests)`,
      '',
    ].join('\n'),
  );

  await writeResults('dashboard', {
    scenario: 'revision dashboard (query Dashboard)',
    date: new Date().toISOString(),
    machine: machine(before, database),
    config: {
      ...config,
      responseBytes: Buffer.byteLength(apiOnce.result.text),
      sqlStatementsPerRequest: statementCount,
    },
    query: DASHBOARD_QUERY,
    results,
    ratioApiToBaseline: ratio,
  });
}

run(main, (config.warmup + config.duration) * 2);
