import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

/**
 * `npm start` as a newcomer runs it: embedded PostgreSQL in the data folder,
 * migrations, demo seed, API with the web app, worker; Ctrl-C stops it all
 * and leaves no postgres behind; a second start keeps the data.
 */
const root = resolve(__dirname, '../../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'kw-start-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

function start(port: number): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  let out = '';
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<void>((ok, fail) => {
    const timer = setInterval(() => {
      if (/Start-up took [\d.]+ s/.test(out) && /worker ready/.test(out)) {
        clearInterval(timer);
        ok();
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        fail(new Error(`npm start exited early:\n${out}`));
      }
    }, 100);
  });
  return { child, output: () => out, ready };
}

const postmasterPid = () => Number(readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const exited = (child: ChildProcess) => new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));

test('starts the platform, serves web and GraphQL, and Ctrl-C stops everything', async () => {
  const port = await freePort();
  const first = start(port);
  try {
    await first.ready;
    expect(first.output()).toContain('koordination@kreis-guetersloh.example');
    expect(first.output()).toContain('demo data seeded');
    const page = await fetch(`http://127.0.0.1:${port}/fortschreibungen/x`);
    expect(await page.text()).toContain('<div id="root">');
    const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signIn(email:"koordination@kreis-guetersloh.example", password:"Konzeptwerk-Demo-2026"){ account { displayName } } }',
      }),
    });
    expect(
      ((await gql.json()) as { data: { signIn: { account: { displayName: string } } } }).data.signIn.account
        .displayName,
    ).toBe('Anna Koordination');
    const pid = postmasterPid();
    expect(alive(pid)).toBe(true);
    const done = exited(first.child);
    first.child.kill('SIGINT');
    expect(await done).toBe(0);
    expect(alive(pid)).toBe(false);
  } finally {
    first.child.kill('SIGKILL');
  }

  // A second start finds the data and does not seed again.
  const second = start(port);
  try {
    await second.ready;
    expect(second.output()).not.toContain('demo data seeded');
    const pid = postmasterPid();
    const done = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(alive(pid)).toBe(false);
  } finally {
    second.child.kill('SIGKILL');
  }
}, 180_000);
