import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, connectAndMigrate, seedDemo } from '@konzeptwerk/database';
import { startApi } from './bootstrap';

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set. Use `npm start` for the embedded set-up.');
    process.exit(1);
  }
  let seeded = false;
  if (process.env.MIGRATE_ON_START !== 'false' || process.env.SEED_DEMO === 'true') {
    const ds = await connectAndMigrate(databaseUrl);
    if (process.env.SEED_DEMO === 'true') seeded = (await seedDemo(ds)).created;
    await ds.destroy();
  }
  const port = Number(process.env.PORT ?? 3000);
  await startApi({
    databaseUrl,
    port,
    webRoot: process.env.WEB_ROOT ?? resolve(process.cwd(), 'dist/apps/web'),
    production: process.env.NODE_ENV === 'production',
  });
  console.log(`api listening on :${port}`);
  // Under `npm start` the launcher waits for this message to print the summary.
  process.send?.({ type: 'ready', port, seeded, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
