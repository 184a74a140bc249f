import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const e2e = globalThis.__KW_E2E__;
  if (!e2e) return;
  await new Promise((done) => {
    const timer = setTimeout(() => {
      e2e.api.kill('SIGKILL');
      done();
    }, 10_000);
    e2e.api.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    e2e.api.kill('SIGTERM');
  });
  await e2e.server.stop();
  rmSync(e2e.dir, { recursive: true, force: true });
}
