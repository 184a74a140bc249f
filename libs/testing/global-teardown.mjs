import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const pg = globalThis.__KW_PG__;
  if (!pg) return;
  await pg.server.stop();
  rmSync(pg.dir, { recursive: true, force: true });
  delete process.env.PG_ADMIN_URL;
}
