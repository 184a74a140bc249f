// Browser tests run against the real platform: the built web app served by
// the API on an embedded PostgreSQL with the demo data, and the worker that
// runs exports and reminders.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/embedded-pg.mjs';
import { buildWebIfStale } from '../../scripts/lib/web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default async function globalSetup() {
  buildWebIfStale(root);

  const dir = mkdtempSync(join(tmpdir(), 'kw-e2e-pg-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE konzeptwerk_e2e');
  await admin.end();

  const port = await freePort();
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'),
      DATABASE_URL: server.url('konzeptwerk_e2e'),
      PORT: String(port),
      SEED_DEMO: 'true',
      WEB_ROOT: join(root, 'dist/apps/web'),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'production',
    },
  });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the API did not start within 60 s')), 60_000);
    api.on('message', (m) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        ok();
      }
    });
    api.on('exit', (code) => fail(new Error(`the API exited with ${code}`)));
  });
  api.removeAllListeners('exit');
  // The worker: the API has migrated, so it only connects.
  const worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(root, 'tsconfig.server.json'),
      DATABASE_URL: server.url('konzeptwerk_e2e'),
      MIGRATE_ON_START: 'false',
      NODE_ENV: 'production',
    },
  });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the worker did not start within 60 s')), 60_000);
    let output = '';
    worker.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('worker ready')) {
        clearTimeout(timer);
        worker.stdout.resume();
        ok();
      }
    });
    worker.on('exit', (code) => fail(new Error(`the worker exited with ${code}`)));
  });
  worker.removeAllListeners('exit');
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.E2E_DATABASE_URL = server.url('konzeptwerk_e2e');
  globalThis.__KW_E2E__ = { api, worker, server, dir };
  const stop = () => {
    api.kill('SIGKILL');
    worker.kill('SIGKILL');
    return server.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => stop().then(() => process.exit(143)));
}
