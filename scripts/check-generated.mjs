#!/usr/bin/env node
// Fails when a generated, committed artefact is stale: the GraphQL schema, the
// web app's typed operations, or the migrations (entity drift).
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const step = (title, cmd, args) => {
  process.stdout.write(`• ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${title} failed`);
    process.exit(1);
  }
};

step('GraphQL schema is up to date', process.execPath, [
  'scripts/run-ts.mjs',
  'apps/api/src/generate-schema.ts',
  '--check',
]);
step('web operations are regenerated', process.execPath, [
  'node_modules/@graphql-codegen/cli/cjs/bin.js',
  '--config',
  'apps/web/codegen.ts',
  '--silent',
]);
const status = spawnSync('git', ['status', '--porcelain', '--', 'apps/web/src/gql'], { cwd: root, encoding: 'utf8' });
if (status.stdout.trim()) {
  console.error('✗ apps/web/src/gql is stale: run `npm run codegen` and commit the result.\n' + status.stdout);
  process.exit(1);
}
process.stdout.write('• web operation types are up to date\n');
step('migrations match the entities', process.execPath, ['scripts/run-ts.mjs', 'libs/database/src/check-drift.ts']);
