import { resolve } from 'node:path';
import { connectAndMigrate } from '@konzeptwerk/database';
import { startApi } from './bootstrap';

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set. Use `npm start` for the embedded set-up.');
    process.exit(1);
  }
  if (process.env.MIGRATE_ON_START !== 'false') await (await connectAndMigrate(databaseUrl)).destroy();
  const port = Number(process.env.PORT ?? 3000);
  await startApi({
    databaseUrl,
    port,
    webRoot: process.env.WEB_ROOT ?? resolve(process.cwd(), 'dist/apps/web'),
    production: process.env.NODE_ENV === 'production',
  });
  console.log(`api listening on :${port}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
