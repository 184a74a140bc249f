import 'reflect-metadata';
import { connectAndMigrate, pendingSchemaChanges } from './data-source';
import { withScratchDatabase } from './scratch-database';

/** Fails when the entities describe a schema the committed migrations do not produce. */
async function main() {
  const pending = await withScratchDatabase(async (url) => {
    const ds = await connectAndMigrate(url);
    try {
      return await pendingSchemaChanges(ds);
    } finally {
      await ds.destroy();
    }
  });
  if (pending.length) {
    console.error('Entities and migrations differ. Run `npm run migration:generate -- <Name>`. Missing statements:');
    for (const sql of pending) console.error(`  ${sql}`);
    process.exit(1);
  }
  console.log('Migrations and entities agree.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
