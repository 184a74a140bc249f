// Builds the web app when its sources are newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * @param {string} root the repository root
 * @param {() => void} [announce] called before a build starts
 */
export function buildWebIfStale(root, announce = () => {}) {
  const webIndex = join(root, 'dist/apps/web/index.html');
  if (existsSync(webIndex) && newestMtime(join(root, 'apps/web/src')) <= statSync(webIndex).mtimeMs) return;
  announce();
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('building the web app failed');
}
