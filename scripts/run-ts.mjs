#!/usr/bin/env node
// Runs a TypeScript entry point of the server side, compiled on the fly by SWC.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const child = spawn(process.execPath, ['--enable-source-maps', '-r', '@swc-node/register', resolve(entry), ...args], {
  stdio: 'inherit',
  env: { SWC_NODE_PROJECT: resolve(root, 'tsconfig.server.json'), ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
