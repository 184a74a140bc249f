// Lets the compiled server (dist/server, from tsc) import the workspace
// libraries by their aliases: `node -r ./scripts/register-dist-paths.cjs
// dist/server/apps/api/src/main.js`. tsc keeps `@konzeptwerk/<lib>` as it is,
// so this maps each alias of tsconfig.base.json `paths` to its compiled entry
// point: `libs/x/src/index.ts` becomes `dist/server/libs/x/src/index.js`.
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const baseUrl = resolve(root, compilerOptions.baseUrl ?? '.');
const compiled = (target) =>
  join(root, 'dist/server', resolve(baseUrl, target).slice(root.length + 1)).replace(/\.tsx?$/, '.js');

const exact = new Map();
const prefixes = []; // "@scope/*" patterns: [prefix, target with "*"]
for (const [alias, [target]] of Object.entries(compilerOptions.paths ?? {})) {
  if (alias.endsWith('/*')) prefixes.push([alias.slice(0, -1), target]);
  else exact.set(alias, compiled(target));
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  let mapped = exact.get(request);
  if (!mapped) {
    const hit = prefixes.find(([prefix]) => request.startsWith(prefix));
    if (hit) mapped = compiled(hit[1].replace('*', request.slice(hit[0].length)));
  }
  return resolveFilename.call(this, mapped ?? request, ...rest);
};
