// The published concept's documents at the size a Kreis adopts: about 150 pages with 300 recommendations,
// each format built in a process of its own (so its peak memory is its own), BENCH_RUNS times (3).
// Reports time and peak memory (maxRSS) per format against the aim: under 10 s and 500 MB each.
// Writes bench/results/concept-documents-<date>.json.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { intFromEnv, log, loadBefore, machine, root, writeResults } from '../lib/harness.mjs';

const AIM = { ms: 10_000, maxRssMb: 500 };
const runs = intFromEnv('BENCH_RUNS', 3);
const before = loadBefore();
const results = [];
for (const format of ['pdf', 'docx']) {
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      ['-r', '@swc-node/register', join(root, 'bench/concept-documents/build.ts'), format],
      {
        cwd: root,
        env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.server.json') },
        maxBuffer: 1024 * 1024,
      },
    );
    const r = JSON.parse(out.toString());
    log(
      `${format} run ${i + 1}: ${r.ms} ms, peak ${r.maxRssMb} MB, ${Math.round(r.bytes / 1024)} KB${r.pages ? `, ${r.pages} pages` : ''}`,
    );
    results.push(r);
  }
}
const worst = (format, key) => Math.max(...results.filter((r) => r.format === format).map((r) => r[key]));
const rows = ['pdf', 'docx'].map((format) => ({
  format,
  'worst ms': worst(format, 'ms'),
  'worst peak MB': worst(format, 'maxRssMb'),
  pages: results.find((r) => r.format === format).pages ?? '–',
  aim: `< ${AIM.ms} ms, < ${AIM.maxRssMb} MB`,
  met: worst(format, 'ms') < AIM.ms && worst(format, 'maxRssMb') < AIM.maxRssMb ? 'yes' : 'no',
}));
console.log(
  [
    '| format | worst time (ms) | worst peak memory (MB) | pages | aim | met |',
    '| ------ | --------------: | ---------------------: | ----: | --- | --- |',
    ...rows.map((r) => `| ${r.format} | ${r['worst ms']} | ${r['worst peak MB']} | ${r.pages} | ${r.aim} | ${r.met} |`),
  ].join('\n'),
);
await writeResults('concept-documents', {
  scenario: 'published concept as PDF and DOCX (about 150 pages, 300 recommendations), one process per build',
  date: new Date().toISOString(),
  machine: machine(before, { version: null, server: 'none (no database: the builders alone)' }),
  aim: AIM,
  runs: results,
});
