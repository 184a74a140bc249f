import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { importEsm } from './esm';

interface EmbeddedServer {
  url: (db?: string) => string;
  stop: () => Promise<void>;
}

/**
 * Runs `fn` against a database made for it and dropped afterwards: on the
 * server named by PG_ADMIN_URL when set, else on an embedded PostgreSQL.
 */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  let server: EmbeddedServer | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.PG_ADMIN_URL;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'kw-pg-'));
    chmodSync(dir, 0o755); // as root, postgres runs as its own user and must reach the data dir
    const mod = await importEsm<{
      startEmbeddedPostgres: (o: { dataDir: string; persistent: boolean }) => Promise<EmbeddedServer>;
    }>(pathToFileURL(resolve(__dirname, '../../../scripts/lib/embedded-pg.mjs')).href);
    server = await mod.startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false });
    adminUrl = server.url('postgres');
  }
  const name = `kw_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    if (server) await server.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
