import type { Logger } from 'typeorm';

/** Counts the SQL statements TypeORM sends, so tests can hold the number per operation constant. */
export class CountingLogger implements Logger {
  count = 0;
  statements: string[] = [];

  logQuery(query: string): void {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) return;
    this.count++;
    this.statements.push(query);
  }

  reset(): void {
    this.count = 0;
    this.statements = [];
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
