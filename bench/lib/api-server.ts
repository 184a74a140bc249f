// The real API for the benchmark, in a process of its own (started by a bench/*/run.mjs
// through @swc-node/register): migrates and seeds the database named by
// DATABASE_URL, listens on a free loopback port in production mode with the
// logger off, and reports { type: 'ready', port } over IPC.
//
// On { type: 'trace', on: true } it records the SQL TypeORM sends until
// { type: 'trace', on: false }, which it answers with { type: 'trace',
// statements }. run.mjs uses that to check that the baseline runs the same
// statements. TypeORM calls the logger for every query anyway, so the idle
// tracer costs what its default logger does.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'typeorm';
import { connectAndMigrate, seedDemo } from '@konzeptwerk/database';
import { startApi } from '../../apps/api/src/bootstrap';

class TracingLogger implements Logger {
  on = false;
  statements: { query: string; parameters: unknown[] }[] = [];

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.on) this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`[bench api] query failed: ${query}: ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !process.send) throw new Error('run me through a bench/*/run.mjs');
  const ds = await connectAndMigrate(databaseUrl);
  await seedDemo(ds);
  await ds.destroy();

  const tracer = new TracingLogger();
  const app = await startApi({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    webRoot: null,
    production: true,
    logger: false,
    dataSourceOverrides: { logger: tracer },
  });
  const { port } = app.getHttpServer().address() as AddressInfo;

  // Nest's shutdown hooks (SIGTERM) close the database before the HTTP server;
  // on { type: 'stop' } the HTTP server goes first, so requests still in flight finish.
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    const http = app.getHttpServer() as Server;
    const closed = new Promise<void>((done) => http.close(() => done()));
    http.closeIdleConnections();
    const force = setTimeout(() => http.closeAllConnections(), 3000);
    await closed;
    clearTimeout(force);
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  // The parent went away (killed, crashed): do not outlive it.
  process.on('disconnect', close);
  process.on('message', (msg: { type?: string; on?: boolean }) => {
    if (msg?.type === 'stop') close();
    if (msg?.type !== 'trace') return;
    if (msg.on) {
      tracer.statements = [];
      tracer.on = true;
    } else {
      tracer.on = false;
      process.send?.({ type: 'trace', statements: tracer.statements });
    }
  });
  process.send({ type: 'ready', port });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
