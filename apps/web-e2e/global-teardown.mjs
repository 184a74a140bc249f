import { rmSync } from 'node:fs';

/** Asks a child to stop and kills it after 10 s. */
const stop = (child) =>
  new Promise((done) => {
    if (child.exitCode !== null) return done();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });

export default async function globalTeardown() {
  const e2e = globalThis.__KW_E2E__;
  if (!e2e) return;
  await Promise.all([stop(e2e.api), stop(e2e.worker)]);
  await e2e.server.stop();
  rmSync(e2e.dir, { recursive: true, force: true });
}
