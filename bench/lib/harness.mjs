// What every benchmark scenario under bench/ shares: settings from the
// environment, clean-up on every exit path, the child processes (embedded
// PostgreSQL, the real API, the raw baseline), SQL traces, autocannon runs and
// the results file.
//
// A scenario's run.mjs calls `startRun(name, config)` first; everything it
// starts afterwards registers its own clean-up, which runs in reverse order on
// success, on failure and on Ctrl-C. A child stops on { type: 'stop' }, and
// also when the runner dies (the IPC channel closes).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');

export const DEMO_PASSWORD = 'Konzeptwerk-Demo-2026';
export const DEMO = {
  coordinator: 'koordination@kreis-guetersloh.example',
  participant: 'teilnahme@caritas-guetersloh.example',
};
const START_TIMEOUT_MS = 180_000;

export const log = (m) => console.log(`[bench] ${m}`);

export function intFromEnv(name, fallback, min = 1) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return n;
}

/** BENCH_DURATION (s, 10), BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (10). */
export const loadConfig = () => ({
  duration: intFromEnv('BENCH_DURATION', 10),
  warmup: intFromEnv('BENCH_WARMUP', 3, 0),
  connections: intFromEnv('BENCH_CONNECTIONS', 10),
});

// ---- clean-up on every exit path -------------------------------------------------------------

const cleanups = [];
let cleaning = null;
let stopping = false;
let activeLoad = null;

export const onCleanup = (fn) => cleanups.push(fn);

function cleanup() {
  stopping = true;
  // A step that hangs must not keep the run alive: every child has stopped itself by then or is killed with us.
  setTimeout(() => {
    console.error('[bench] clean-up did not finish within 30 s; exiting');
    process.exit(1);
  }, 30_000).unref();
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

/**
 * Runs `main` with clean-up on every exit path and an overall deadline of
 * `loadSeconds` of load plus generous start-up time.
 */
export function run(main, loadSeconds) {
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
  const deadline = START_TIMEOUT_MS * 2 + loadSeconds * 1000;
  setTimeout(() => fail(new Error(`the benchmark did not finish within ${deadline / 1000} s`)), deadline).unref();
  main()
    .then(async () => {
      await cleanup();
      process.exit(0);
    })
    .catch(fail);
}

// ---- child processes -------------------------------------------------------------------------

/**
 * Detached, so a Ctrl-C reaches only the runner, which then stops the servers
 * before the database.
 */
export function startChild(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  onCleanup(
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

/**
 * A database of the run's own on an embedded PostgreSQL (or on PG_ADMIN_URL),
 * dropped at the end.
 */
export async function createDatabase() {
  let adminUrl = process.env.PG_ADMIN_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
    chmodSync(dir, 0o755); // as root, postgres runs as its own user and must reach the data dir
    log('starting embedded PostgreSQL…');
    adminUrl = (await startChild('embedded PostgreSQL', [join(here, 'embedded-pg-host.mjs'), dir], {}).ready).url;
  }
  const name = `kw_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  admin.on('error', (e) => console.error(`[bench] admin connection: ${e.message}`));
  await admin.connect();
  const version = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.query(`CREATE DATABASE ${name}`);
  onCleanup(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), version, server: process.env.PG_ADMIN_URL ? 'PG_ADMIN_URL' : 'embedded' };
}

/** The real API (bench/lib/api-server.ts): migrates, seeds the demo data, listens; answers traces. */
export function startApi(databaseUrl) {
  return startChild('api', ['-r', '@swc-node/register', join(here, 'api-server.ts')], {
    DATABASE_URL: databaseUrl,
    SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'),
  });
}

// ---- HTTP ------------------------------------------------------------------------------------

export async function post(url, body, cookie) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: res.status, text: await res.text(), setCookie: res.headers.getSetCookie() };
}

/** Signs a demo account in on the API and answers its `kw_session=…` cookie. */
export async function signIn(url, email) {
  const r = await post(
    url,
    JSON.stringify({
      query: 'mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { id } } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  );
  const cookie = r.setCookie.find((c) => c.startsWith('kw_session='));
  if (r.status !== 200 || !cookie) throw new Error(`sign-in failed (${r.status}): ${r.text}`);
  return cookie.split(';')[0];
}

const normaliseSql = (s) => s.replace(/\s+/g, ' ').trim();
/** Statements as comparable strings: text and parameters, or text and the number of parameters. */
export const sortedStatements = (list, { parameters = true } = {}) =>
  list
    .map((s) => JSON.stringify([normaliseSql(s.query), parameters ? s.parameters : (s.parameters?.length ?? 0)]))
    .sort();

// ---- load ------------------------------------------------------------------------------------

/**
 * One autocannon run. `requests` (autocannon's request list, e.g. with a
 * setupRequest that gives every request a body of its own) replaces `body`.
 */
export function load(url, { body, requests, cookie, expectBody, duration, connections }) {
  return new Promise((ok, ko) => {
    if (stopping) return ko(new Error('stopping'));
    activeLoad = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        connections,
        duration,
        // autocannon refuses expectBody next to requests, even an undefined one.
        ...(requests ? { requests } : { body, expectBody }),
      },
      (err, result) => {
        activeLoad = null;
        if (err) ko(err);
        else ok(result);
      },
    );
  });
}

export function summarise(r) {
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

/** A warm-up (not counted), then the measured run; fails on any error, non-2xx or wrong body. */
export async function measure(name, url, options, config) {
  log(`${name}: warming up ${config.warmup} s, then ${config.duration} s with ${config.connections} connections…`);
  const common = { ...options, connections: config.connections };
  if (config.warmup) await load(url, { ...common, duration: config.warmup });
  const r = summarise(await load(url, { ...common, duration: config.duration }));
  if (r.errors || r.timeouts || r.non2xx || r.mismatchedBodies) {
    throw new Error(
      `${name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.mismatchedBodies} wrong bodies`,
    );
  }
  return r;
}

export function table(rows) {
  const line = (name, r) =>
    `| ${name.padEnd(20)} | ${r.requestsPerSecond.toFixed(0).padStart(10)} | ${r.latencyMs.p50.toFixed(1).padStart(8)} | ${r.latencyMs.p97_5.toFixed(1).padStart(10)} | ${r.latencyMs.p99.toFixed(1).padStart(8)} |`;
  return [
    `| ${'server'.padEnd(20)} | requests/s | p50 (ms) | p97.5 (ms) | p99 (ms) |`,
    `| ${'-'.repeat(20)} | ---------: | -------: | ---------: | -------: |`,
    ...rows.map(([name, r]) => line(name, r)),
  ].join('\n');
}

// ---- results ---------------------------------------------------------------------------------

/** Taken before the run adds work of its own; warns when other processes compete for the cores. */
export function loadBefore() {
  const before = loadavg().map((l) => Number(l.toFixed(2)));
  if (before[0] > 0.5) {
    log(
      `note: load average ${before[0]}: other processes compete for the ${cpus().length} cores, figures will be lower`,
    );
  }
  return before;
}

export function machine(loadAverageBefore, database) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageBefore,
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres: database.version,
    postgresServer: database.server,
  };
}

/** Writes bench/results/<scenario>-<date>.json, formatted as the repository's Prettier check expects. */
export async function writeResults(scenario, report) {
  const resultsDir = join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${scenario}-${new Date().toISOString().slice(0, 10)}.json`);
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(file)), parser: 'json' };
  writeFileSync(file, await prettier.format(JSON.stringify(report), options));
  log(`results written to ${relative(root, file)}`);
}
