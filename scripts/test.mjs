#!/usr/bin/env node
// `npm test`: every test — unit, integration (real PostgreSQL), job queue
// (PostgreSQL backend always, Redis when REDIS_URL is set) and browser tests
// (Debian's Chromium). Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log('[test] Chromium is missing: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (!install || install.status !== 0 || !existsSync(CHROMIUM)) {
      console.error(
        '[test] Installing Chromium failed. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
      );
      process.exit(1);
    }
  } else {
    console.error(
      `[test] The browser tests need Chromium at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

mkdirSync(resolve(root, 'tmp'), { recursive: true });
const args = [
  'node_modules/jest/bin/jest.js',
  '--ci',
  '--json',
  '--outputFile=tmp/test-results.json',
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
process.exit(r.status ?? 1);
