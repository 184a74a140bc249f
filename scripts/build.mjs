#!/usr/bin/env node
// Production build: the server side compiled by tsc to dist/server, the web app by Vite to dist/apps/web.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
rmSync(resolve(root, 'dist/server'), { recursive: true, force: true });
run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
console.log('built dist/server and dist/apps/web');
