import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorInConcept1795863472232 implements MigrationInterface {
  name = 'IndicatorInConcept1795863472232';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "indicator" ADD "in_concept" boolean NOT NULL DEFAULT false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "indicator" DROP COLUMN "in_concept"`);
  }
}
