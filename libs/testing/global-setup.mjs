// One PostgreSQL for the whole integration run: the one PG_ADMIN_URL names,
// or an embedded cluster in a temporary directory. Each test file then makes
// its own database on it and drops it afterwards.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-pg.mjs';

export default async function globalSetup() {
  // Jobs enqueued by the API under test go to keys of this run only (scripts/test.mjs removes them).
  process.env.QUEUE_PREFIX ??= `kw-test-${process.pid}-${Date.now()}`;
  if (process.env.PG_ADMIN_URL) return;
  const dir = mkdtempSync(join(tmpdir(), 'kw-test-pg-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false });
  process.env.PG_ADMIN_URL = server.url('postgres');
  globalThis.__KW_PG__ = { server, dir };
  const stop = () => server.stop().catch(() => undefined);
  process.once('SIGINT', () => stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => stop().then(() => process.exit(143)));
}
