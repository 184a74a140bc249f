import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '@konzeptwerk/platform';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS as DataSourceOptions['migrations'],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    ...overrides,
  } as DataSourceOptions;
}

/** Connects and brings the schema up to date; safe to run from several processes at once. */
export async function connectAndMigrate(url: string, overrides: Partial<DataSourceOptions> = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(url, overrides));
  await ds.initialize();
  // The advisory lock serialises concurrent start-ups (several api/worker replicas) on the migration step.
  const runner = ds.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(727271)');
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727271)').catch(() => undefined);
    await runner.release();
  }
  return ds;
}

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
