#!/usr/bin/env node
// `npm run bench`: the revision dashboard query, the real API against a raw
// node:http + pg server running the same SQL (baseline-server.mjs).
//
// Starts an embedded PostgreSQL (or uses PG_ADMIN_URL), makes a database for
// the run, lets the API migrate and seed it, adds earlier revisions, starts
// both servers as child processes on loopback ports, checks that they answer
// with the same JSON after the same SQL, then loads each in turn with
// autocannon from this process. Prints a table, writes
// bench/results/dashboard-<date>.json, and cleans up on every exit path.
//
// BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 3),
// BENCH_REVISIONS (revisions in the region, 20), PG_ADMIN_URL (optional).
import autocannon from 'autocannon';
import { deepStrictEqual } from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DASHBOARD_QUERY } from './baseline-server.mjs';
import { addEarlierRevisions } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

const intFromEnv = (name, fallback, min = 1) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return n;
};
const config = {
  duration: intFromEnv('BENCH_DURATION', 10),
  warmup: intFromEnv('BENCH_WARMUP', 3, 0),
  connections: intFromEnv('BENCH_CONNECTIONS', 10),
  revisions: intFromEnv('BENCH_REVISIONS', 20),
};
const COORDINATOR = { email: 'koordination@kreis-guetersloh.example', password: 'Konzeptwerk-Demo-2026' };
const REGION_NAME = 'Kreis Gütersloh';
const START_TIMEOUT_MS = 180_000;

const log = (m) => console.log(`[bench] ${m}`);

// ---- clean-up on every exit path -------------------------------------------------------------

const cleanups = [];
let cleaning = null;
let stopping = false;
let activeLoad = null;
function cleanup() {
  stopping = true;
  cleaning ??= (async () => {
    if (activeLoad) {
      // Stop the load first, so the servers can close without requests in flight.
      activeLoad.stop();
      await new Promise((done) => setTimeout(done, 500));
    }
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`[bench] clean-up step failed: ${e.message}`);
      }
    }
  })();
  return cleaning;
}
async function fail(e) {
  if (stopping) return; // already shutting down; what fails now is a consequence
  stopping = true;
  console.error(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  await cleanup();
  process.exit(1);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: stopping`);
    await cleanup();
    process.exit(130);
  });
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// Loading is bounded by the durations; everything else by this.
const deadline = START_TIMEOUT_MS * 2 + (config.warmup + config.duration) * 2 * 1000;
setTimeout(() => fail(new Error(`the benchmark did not finish within ${deadline / 1000} s`)), deadline).unref();

// ---- child processes -------------------------------------------------------------------------

/**
 * Detached, so a Ctrl-C reaches only this process, which then stops the servers
 * before the database. A child stops on { type: 'stop' }, and also when this
 * process dies (the IPC channel closes).
 */
function startChild(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  cleanups.push(
    () =>
      new Promise((done) => {
        if (exited) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        if (child.connected) child.send({ type: 'stop' });
        else child.kill('SIGTERM');
      }),
  );
  const ready = new Promise((ok, ko) => {
    const timer = setTimeout(
      () => ko(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    child.on('message', (m) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      ok(m);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      ko(new Error(`${name} exited (${signal ?? code}) before it was ready`));
    });
  });
  /** Records the SQL the server runs while `fn` runs. */
  const traced = async (fn) => {
    const statements = new Promise((ok) => {
      const onMessage = (m) => {
        if (m?.type !== 'trace') return;
        child.off('message', onMessage);
        ok(m.statements);
      };
      child.on('message', onMessage);
    });
    child.send({ type: 'trace', on: true });
    const result = await fn();
    child.send({ type: 'trace', on: false });
    return { result, statements: await statements };
  };
  return { ready, traced };
}

// ---- HTTP helpers ----------------------------------------------------------------------------

const requestBody = (regionId) =>
  JSON.stringify({ operationName: 'Dashboard', query: DASHBOARD_QUERY, variables: { id: regionId } });

async function post(url, body, cookie) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: res.status, text: await res.text(), setCookie: res.headers.getSetCookie() };
}

async function signIn(url) {
  const r = await post(
    url,
    JSON.stringify({
      query: 'mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { id } } }',
      variables: { e: COORDINATOR.email, p: COORDINATOR.password },
    }),
  );
  const cookie = r.setCookie.find((c) => c.startsWith('kw_session='));
  if (r.status !== 200 || !cookie) throw new Error(`sign-in failed (${r.status}): ${r.text}`);
  return cookie.split(';')[0];
}

const normaliseSql = (s) => s.replace(/\s+/g, ' ').trim();
const sortedStatements = (list) => list.map((s) => JSON.stringify([normaliseSql(s.query), s.parameters])).sort();

// ---- load ------------------------------------------------------------------------------------

function load(url, { body, cookie, expectBody, duration }) {
  return new Promise((ok, ko) => {
    if (stopping) return ko(new Error('stopping'));
    activeLoad = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
        connections: config.connections,
        duration,
        expectBody,
      },
      (err, result) => {
        activeLoad = null;
        if (err) ko(err);
        else ok(result);
      },
    );
  });
}

function summarise(r) {
  return {
    requestsPerSecond: r.requests.average,
    requestsTotal: r.requests.total,
    latencyMs: {
      average: r.latency.average,
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    bytesPerSecond: r.throughput.average,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    mismatchedBodies: r.mismatches,
  };
}

// ---- main ------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  // Taken before this run adds work of its own.
  const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
  if (loadBefore[0] > 0.5) {
    log(
      `note: load average ${loadBefore[0]}: other processes compete for the ${cpus().length} cores, figures will be lower`,
    );
  }
  let adminUrl = process.env.PG_ADMIN_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
    chmodSync(dir, 0o755); // as root, postgres runs as its own user and must reach the data dir
    log('starting embedded PostgreSQL…');
    adminUrl = (await startChild('embedded PostgreSQL', [join(here, 'embedded-pg-host.mjs'), dir], {}).ready).url;
  }
  const dbName = `kw_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  admin.on('error', (e) => console.error(`[bench] admin connection: ${e.message}`));
  await admin.connect();
  const pgVersion = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.query(`CREATE DATABASE ${dbName}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();

  log(`PostgreSQL ${pgVersion}, database ${dbName}; starting the API (migrate, seed)…`);
  const api = startChild('api', ['-r', '@swc-node/register', join(here, 'api-server.ts')], {
    DATABASE_URL: databaseUrl,
    SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'),
  });
  const apiUrl = `http://127.0.0.1:${(await api.ready).port}/graphql`;

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const region = (await db.query('SELECT id FROM region WHERE name = $1', [REGION_NAME])).rows[0];
  if (!region) throw new Error(`the demo seed has no region "${REGION_NAME}"`);
  const existing = Number(
    (await db.query('SELECT count(*) FROM concept_revision WHERE region_id = $1', [region.id])).rows[0].count,
  );
  if (config.revisions > existing) await addEarlierRevisions(db, region.id, config.revisions - existing);
  await db.query('ANALYZE');
  await db.end();

  const baseline = startChild('baseline', [join(here, 'baseline-server.mjs')], { DATABASE_URL: databaseUrl });
  const baselineUrl = `http://127.0.0.1:${(await baseline.ready).port}/graphql`;
  log(`API on ${apiUrl}, baseline on ${baselineUrl} (${((Date.now() - started) / 1000).toFixed(1)} s to set up)`);

  // Sanity: same answer, same SQL.
  const cookie = await signIn(apiUrl);
  const body = requestBody(region.id);
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

  const results = {};
  for (const [name, url, expectBody] of [
    ['api', apiUrl, apiOnce.result.text],
    ['baseline', baselineUrl, baselineOnce.result.text],
  ]) {
    log(`${name}: warming up ${config.warmup} s, then ${config.duration} s with ${config.connections} connections…`);
    if (config.warmup) await load(url, { body, cookie, expectBody, duration: config.warmup });
    const r = summarise(await load(url, { body, cookie, expectBody, duration: config.duration }));
    if (r.errors || r.timeouts || r.non2xx || r.mismatchedBodies) {
      throw new Error(
        `${name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.mismatchedBodies} wrong bodies`,
      );
    }
    results[name] = r;
  }
  const ratio = results.api.requestsPerSecond / results.baseline.requestsPerSecond;

  const row = (name, r) =>
    `| ${name.padEnd(8)} | ${r.requestsPerSecond.toFixed(0).padStart(9)} | ${r.latencyMs.p50.toFixed(1).padStart(8)} | ${r.latencyMs.p97_5.toFixed(1).padStart(10)} | ${r.latencyMs.p99.toFixed(1).padStart(8)} |`;
  console.log(
    [
      '',
      `Revision dashboard: ${config.revisions} revisions, ${statementCount} SQL statements per request, ` +
        `${config.connections} connections, ${config.duration} s each`,
      '',
      '| server   | requests/s | p50 (ms) | p97.5 (ms) | p99 (ms) |',
      '| -------- | ---------: | -------: | ---------: | -------: |',
      row('API', results.api),
      row('baseline', results.baseline),
      '',
      `API / baseline throughput: ${ratio.toFixed(3)} (the baseline serves ${(1 / ratio).toFixed(1)}× as many requests)`,
      '',
    ].join('\n'),
  );

  const now = new Date();
  const report = {
    scenario: 'revision dashboard (query Dashboard)',
    date: now.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverageBefore: loadBefore,
      os: `${platform()} ${release()}`,
      node: process.version,
      postgres: pgVersion,
      postgresServer: process.env.PG_ADMIN_URL ? 'PG_ADMIN_URL' : 'embedded',
    },
    config: {
      ...config,
      responseBytes: Buffer.byteLength(apiOnce.result.text),
      sqlStatementsPerRequest: statementCount,
    },
    query: DASHBOARD_QUERY,
    results,
    ratioApiToBaseline: ratio,
  };
  const resultsDir = join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `dashboard-${now.toISOString().slice(0, 10)}.json`);
  // Formatted as the Prettier check of the repository expects, so a result can be committed as written.
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(file)), parser: 'json' };
  writeFileSync(file, await prettier.format(JSON.stringify(report), options));
  log(`results written to ${relative(root, file)}`);
}

main()
  .then(async () => {
    await cleanup();
    process.exit(0);
  })
  .catch(fail);
