import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from './schema';

const target = join(__dirname, '..', 'schema.graphql');

async function main() {
  const schema = await printApiSchema();
  if (process.argv.includes('--check')) {
    const committed = (() => {
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return '';
      }
    })();
    if (committed !== schema) {
      console.error('apps/api/schema.graphql is stale: run `npm run schema:generate` and commit the result.');
      process.exit(1);
    }
    console.log('apps/api/schema.graphql is up to date.');
    return;
  }
  writeFileSync(target, schema);
  console.log(`Wrote ${target}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
