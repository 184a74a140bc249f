#!/usr/bin/env node
// `npm start`: installs what is missing, starts PostgreSQL (embedded, data in
// .data/, unless DATABASE_URL is set), migrates, seeds the demo once, and runs
// the API (with the web app) and the worker until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './lib/web-build.mjs';

const started = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const log = (m) => console.log(`[konzeptwerk] ${m}`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`[konzeptwerk] ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

// 1. Dependencies.
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  log('installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// 2. The web app, rebuilt when its sources are newer than the build.
buildWebIfStale(root, () => log('building the web app…'));

// 3. PostgreSQL.
let databaseUrl = process.env.DATABASE_URL;
let embedded = null;
if (!databaseUrl) {
  const { startEmbeddedPostgres } = await import('./lib/embedded-pg.mjs');
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  log(`starting embedded PostgreSQL (data in ${join(dataDir, 'postgres')})…`);
  embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres') });
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: embedded.url('postgres') });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'konzeptwerk'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE konzeptwerk');
  await admin.end();
  databaseUrl = embedded.url('konzeptwerk');
}

// 4. API and worker as child processes.
const port = Number(process.env.PORT ?? 3000);
const children = new Set();
let stopping = false;

function startChild(name, entry, env) {
  const child = spawn(process.execPath, ['--enable-source-maps', '-r', '@swc-node/register', entry], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'), DATABASE_URL: databaseUrl, ...env },
  });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`[konzeptwerk] ${name} stopped unexpectedly (${signal ?? code}); shutting down.`);
      shutdown(1);
    }
  });
  return child;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('shutting down…');
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((done) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  if (embedded) await embedded.stop().catch((e) => console.error(e));
  log('stopped.');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('uncaughtException', (e) => {
  console.error(e);
  shutdown(1);
});

const api = startChild('api', 'apps/api/src/main.ts', {
  PORT: String(port),
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
  WEB_ROOT: join(root, 'dist/apps/web'),
});
api.on('message', (msg) => {
  if (msg?.type !== 'ready') return;
  startChild('worker', 'apps/worker/src/main.ts', {});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rows = msg.accounts.map((a) => `    ${a.role.padEnd(48)} ${a.email}`).join('\n');
  console.log(
    [
      '',
      `  Konzeptwerk läuft auf http://localhost:${port}  (GraphQL: http://localhost:${port}/graphql)`,
      `  Start-up took ${seconds} s${msg.seeded ? ' (demo data seeded)' : ''}.`,
      '',
      `  Demo-Zugänge / demo accounts (password: ${msg.password}):`,
      rows,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
});
